package dev.dossier.core.layout;

import com.lowagie.text.pdf.BaseFont;
import dev.dossier.core.theme.FontSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds characters that none of the theme's fonts can draw, so they are reported instead of
 * silently disappearing from the page.
 */
final class GlyphCoverage {

    private final List<BaseFont> fonts = new ArrayList<>();

    GlyphCoverage(FontSet set) {
        fonts.add(set.regular());
        fonts.addAll(set.fallbacks());
    }

    /** The characters of {@code text} no font covers, each once, as "U+XXXX 'c'"; empty when all are covered. */
    List<String> missing(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                        && Character.getType(cp) != Character.PRIVATE_USE)
                .filter(cp -> fonts.stream().noneMatch(f -> f.charExists(cp)))
                .forEach(cp -> out.add(String.format("U+%04X '%s'", cp, new String(Character.toChars(cp)))));
        return List.copyOf(out);
    }
}
