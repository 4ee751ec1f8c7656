package dev.dossier.cli;

import dev.dossier.core.config.DossierConfig;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.theme.Theme;
import dev.dossier.core.theme.ThemeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.awt.Color;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code dossier themes [--template T]}: the themes a template can name without a path, each with
 * its file, brand, fonts and colours. A theme file that does not load is listed with the reason.
 */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "List the themes (bundled and in the theme folders) with their fonts and colours.")
final class ThemesCommand implements Callable<Integer> {

    @Option(names = "--template", paramLabel = "TEMPLATE",
            description = "Also list the themes in the template's own themes/ folder.")
    Path template;

    @Override
    public Integer call() {
        ThemeLoader loader = new ThemeLoader(DossierConfig.themeFolders());
        Map<String, Path> themes = loader.available(template == null ? null : template.toAbsolutePath().getParent());
        if (themes.isEmpty()) {
            System.out.println("no themes found in " + DossierConfig.themeFolders());
            return 0;
        }
        themes.forEach((name, file) -> {
            System.out.printf("%s  (%s)%n", name, file);
            try {
                describe(loader.read(file)).forEach((k, v) -> System.out.printf("  %-8s %s%n", k + ":", v));
            } catch (DossierException e) {
                System.out.println("  cannot be used: " + e.code() + ": " + e.getMessage());
            }
            System.out.println();
        });
        return 0;
    }

    private static Map<String, String> describe(Theme t) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("brand", t.brand().isEmpty() ? "(none)" : t.brand());
        Theme.FontFiles f = t.fonts();
        lines.put("fonts", "regular " + f.regular() + ", bold " + f.bold() + ", italic " + f.italic()
                + ", body " + f.bodySize() + " pt");
        if (!f.fallbacks().isEmpty()) {
            lines.put("fallback", String.join(", ", f.fallbacks()));
        }
        Theme.Colors c = t.colors();
        lines.put("colours", "primary " + hex(c.primary()) + ", text " + hex(c.text()) + ", muted " + hex(c.muted())
                + ", rule " + hex(c.rule()) + ", table header " + hex(c.tableHeader()) + ", zebra " + hex(c.zebra())
                + ", cover " + hex(c.coverBand()) + " on " + hex(c.coverText()));
        lines.put("palette", t.palette().stream().map(ThemesCommand::hex).collect(Collectors.joining(" ")));
        lines.put("subject", hex(t.highlight()) + (t.highlightEntities().isEmpty() ? ""
                : " for " + String.join(", ", List.copyOf(t.highlightEntities()))));
        lines.put("cover", t.coverStyle() + (t.logo() == null ? "" : ", logo " + t.logo().getFileName()));
        return lines;
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
