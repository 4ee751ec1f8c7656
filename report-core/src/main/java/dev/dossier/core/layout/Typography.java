package dev.dossier.core.layout;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.Chunk;
import dev.dossier.core.text.Composed;
import dev.dossier.core.text.Glyphs;
import dev.dossier.core.text.RightToLeft;
import dev.dossier.core.theme.FontSet;
import dev.dossier.core.theme.Theme;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

/**
 * The type scale of a report: which font, size and colour each text role uses, and phrases
 * that fall back per character to the theme's fallback fonts (for Chinese names in Latin text).
 */
public final class Typography {

    /** The text roles of a briefing. */
    public enum Role {
        BODY, BODY_BOLD, BODY_ITALIC, LEAD, H1, H2, H3, CAPTION, CAPTION_BOLD, TABLE, TABLE_BOLD, TABLE_HEADER,
        KPI_VALUE, KPI_LABEL, COVER_TITLE, COVER_SUBTITLE, COVER_META, RUNNING, CONTENTS
    }

    private final FontSet fonts;
    private final Map<Role, Font> byRole = new EnumMap<>(Role.class);
    private final float body;
    /** Shared by every thread of a batch, since renderers are shared per theme and locale. */
    private final Map<String, Font> fallbackCache = new java.util.concurrent.ConcurrentHashMap<>();

    public Typography(Theme theme, FontSet fonts) {
        this.fonts = fonts;
        this.body = theme.fonts().bodySize();
        Theme.Colors c = theme.colors();
        define(Role.BODY, fonts.regular(), body, c.text());
        define(Role.BODY_BOLD, fonts.bold(), body, c.text());
        define(Role.BODY_ITALIC, fonts.italic(), body, c.text());
        define(Role.LEAD, fonts.regular(), body + 1.5f, c.primary());
        define(Role.H1, fonts.bold(), body + 10f, c.primary());
        define(Role.H2, fonts.bold(), body + 2.5f, c.primary());
        define(Role.H3, fonts.bold(), body + 0.5f, c.text());
        define(Role.CAPTION, fonts.regular(), body - 2.5f, c.muted());
        define(Role.CAPTION_BOLD, fonts.bold(), body - 2.5f, c.primary());
        define(Role.TABLE, fonts.regular(), body - 1.5f, c.text());
        define(Role.TABLE_BOLD, fonts.bold(), body - 1.5f, c.text());
        define(Role.TABLE_HEADER, fonts.bold(), body - 1.5f, c.primary());
        define(Role.KPI_VALUE, fonts.bold(), body + 12f, c.primary());
        define(Role.KPI_LABEL, fonts.bold(), body - 1.5f, c.text());
        define(Role.COVER_TITLE, fonts.bold(), 30f, c.coverText());
        define(Role.COVER_SUBTITLE, fonts.regular(), 15f, c.coverText());
        define(Role.COVER_META, fonts.regular(), body, c.muted());
        define(Role.RUNNING, fonts.regular(), body - 2f, c.muted());
        define(Role.CONTENTS, fonts.regular(), body + 1f, c.text());
    }

    private void define(Role role, BaseFont base, float size, Color color) {
        byRole.put(role, new Font(base, size, Font.NORMAL, color));
    }

    /** The font of a role. */
    public Font font(Role role) {
        return byRole.get(role);
    }

    /** The font of a role in another colour. */
    public Font font(Role role, Color color) {
        Font f = byRole.get(role);
        return new Font(f.getBaseFont(), f.getSize(), f.getStyle(), color);
    }

    /** Body text size in points. */
    public float bodySize() {
        return body;
    }

    /** A phrase in a role's font; characters it lacks come from the fallback fonts. */
    public Phrase phrase(String text, Role role) {
        return phrase(text, font(role));
    }

    /**
     * A phrase in the given font, falling back per character to the theme's fallback fonts (right-to-left
     * text shaped and in visual order first, see {@link RightToLeft}): runs
     * of characters go to the first font that has them (OpenPDF's FontSelector does the same but
     * scans the system's fonts on every construction, far too slow for a table cell).
     */
    public Phrase phrase(String logical, Font font) {
        // text arrives composed (NFC) from where it entered, see Composed; this keeps text a library
        // caller built itself from drawing a letter and its accent apart (a no-op on composed text).
        // Then visual order, since OpenPDF neither joins Arabic letters nor reorders outside RTL cells
        return runs(RightToLeft.visual(Composed.text(logical)), font);
    }

    /**
     * A phrase in logical order for a cell whose run direction is right to left: OpenPDF then
     * shapes and orders each line itself, so a long name wraps onto lines in reading order.
     */
    public Phrase rightToLeftPhrase(String text, Role role) {
        return runs(Composed.text(text), font(role));
    }

    /**
     * {@code text} with every character no font has replaced by the {@link Glyphs#PLACEHOLDER} (or "?"
     * where no font has that either), so nothing is a silent gap; {@link GlyphCoverage} reports them.
     */
    String withPlaceholders(String text, Font font) {
        if (allIn(font.getBaseFont(), text)) {
            return text;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean missing = Glyphs.needsGlyph(cp) && !font.getBaseFont().charExists(cp)
                    && fonts.fallbacks().stream().noneMatch(f -> f.charExists(cp));
            if (missing && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (missing) {
                    out.appendCodePoint(placeholder(font));
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    private int placeholder(Font font) {
        boolean drawable = font.getBaseFont().charExists(Glyphs.PLACEHOLDER)
                || fonts.fallbacks().stream().anyMatch(f -> f.charExists(Glyphs.PLACEHOLDER));
        return drawable ? Glyphs.PLACEHOLDER : '?';
    }

    private Phrase runs(String given, Font font) {
        String text = withPlaceholders(given, font);
        if (fonts.fallbacks().isEmpty() || allIn(font.getBaseFont(), text)) {
            Phrase plain = new Phrase(text, font);
            return plain;
        }
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font f = glued(text, i, cp, font, runFont);
            if (runFont != null && f != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = f;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), runFont));
        }
        // the phrase's own font sets the spacing OpenPDF inserts around paragraphs; keep it embedded
        phrase.setFont(font);
        return phrase;
    }

    private static final String OPENING = "([{\u201C\u2018\u00AB";
    private static final String CLOSING = ")]}\u201D\u2019\u00BB,.;:!?";

    /**
     * The font for a character, keeping brackets and punctuation in the run of the text they
     * belong to: a line may break between two runs, and must never separate "(" from the Chinese
     * name after it, nor put ")" at the start of a line.
     */
    private Font glued(String text, int i, int cp, Font font, Font current) {
        if (OPENING.indexOf(cp) >= 0 && i + 1 < text.length()) {
            Font next = fontFor(text.codePointAt(i + 1), font, null);
            if (next.getBaseFont().charExists(cp)) {
                return next;
            }
        }
        if (CLOSING.indexOf(cp) >= 0 && current != null && current.getBaseFont().charExists(cp)) {
            return current;
        }
        return fontFor(cp, font, current);
    }

    private static boolean allIn(BaseFont base, String text) {
        return text.codePoints().allMatch(cp -> cp < 0x20 || base.charExists(cp));
    }

    /**
     * The font for one character: the requested font if it has the glyph, else the first fallback
     * that has it; spaces stay in the current run's font so a run is not broken for them. A
     * character no font has was replaced by the {@link Glyphs#PLACEHOLDER} before (and is reported by {@link GlyphCoverage}).
     */
    private Font fontFor(int cp, Font font, Font current) {
        if (Character.isWhitespace(cp) && current != null) {
            return current;
        }
        if (font.getBaseFont().charExists(cp)) {
            return font;
        }
        for (BaseFont fb : fonts.fallbacks()) {
            if (fb.charExists(cp)) {
                return fallbackFont(fb, font);
            }
        }
        return font;
    }

    /** One Font per fallback face and style, so runs compare by identity. */
    private Font fallbackFont(BaseFont base, Font like) {
        return fallbackCache.computeIfAbsent(base.getPostscriptFontName() + "|" + like.getSize() + "|" + like.getStyle()
                + "|" + like.getColor(), k -> new Font(base, like.getSize(), like.getStyle(), like.getColor()));
    }

    /** An empty paragraph in the body font (an unset font would pull in a non-embedded Helvetica for spacing). */
    public com.lowagie.text.Paragraph paragraph() {
        return new com.lowagie.text.Paragraph("", font(Role.BODY));
    }
}
