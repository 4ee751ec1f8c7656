package dev.dossier.cli;

import dev.dossier.core.config.DossierConfig;
import dev.dossier.core.theme.ThemeLoader;

import java.util.Iterator;

/** The theme names in the theme folders, offered by shell completion for {@code --theme}. */
final class ThemeNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return new ThemeLoader(DossierConfig.themeFolders()).available(null).keySet().iterator();
    }
}
