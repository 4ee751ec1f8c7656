package dev.dossier.core.text;

/**
 * Which characters must have a glyph to be seen, shared by the layout's coverage check and the
 * chart labels, so both replace and report the same characters.
 *
 * @since 0.4
 */
public final class Glyphs {

    /**
     * Printed in place of a character no font of the theme has, so a reader sees that something is
     * missing instead of a silent gap: U+FFFD REPLACEMENT CHARACTER (a question mark in a diamond).
     * The bundled DejaVu Sans and WenQuanYi fallbacks have it; where no font does, a "?" stands in.
     */
    public static final int PLACEHOLDER = 0xFFFD;

    private Glyphs() {
    }

    /**
     * Whether {@code cp} must have a glyph to be seen: not whitespace, a control or an invisible
     * format character (zero-width joiner, soft hyphen, byte-order mark), nor a variation selector.
     * A private-use character must: no font of a theme defines one, so it would be a silent gap.
     */
    public static boolean needsGlyph(int cp) {
        return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                && !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
