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
    /** Code points of the Basic Multilingual Plane already checked, and which of them some font covers. */
    private final java.util.BitSet checked = new java.util.BitSet(1 << 16);
    private final java.util.BitSet covered = new java.util.BitSet(1 << 16);

    GlyphCoverage(FontSet set) {
        fonts.add(set.regular());
        fonts.addAll(set.fallbacks());
    }

    /**
     * Whether a font covers {@code cp}; remembered per character, since every table cell is
     * checked and asking each font costs a lookup per font. Renderers are shared between threads.
     */
    private boolean isCovered(int cp) {
        if (cp >= 1 << 16) {
            return fonts.stream().anyMatch(f -> f.charExists(cp));
        }
        synchronized (checked) {
            if (checked.get(cp)) {
                return covered.get(cp);
            }
        }
        boolean yes = fonts.stream().anyMatch(f -> f.charExists(cp));
        synchronized (checked) {
            covered.set(cp, yes);
            checked.set(cp);
        }
        return yes;
    }

    /** The characters of {@code text} no font covers, each once, as "U+XXXX 'c'"; empty when all are covered. */
    List<String> missing(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        // checked as drawn: composed, so "e" plus a combining accent is the accented letter
        dev.dossier.core.text.Composed.text(text).codePoints().filter(dev.dossier.core.text.Glyphs::needsGlyph)
                .filter(cp -> !isCovered(cp))
                .forEach(cp -> out.add(String.format("U+%04X '%s'", cp, new String(Character.toChars(cp)))));
        return List.copyOf(out);
    }
}
