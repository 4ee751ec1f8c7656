package dev.dossier.core.chart;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The colours and fonts of a theme as charts use them.
 *
 * <p>Entities (countries, companies, chips) keep one colour across every chart of a report: an
 * entity listed in {@code entityColors} always gets that colour; one in {@code highlightEntities}
 * gets {@code highlight}; any other gets a palette colour picked by a stable hash of its name,
 * moved to the next free palette colour when two entities of one chart would collide. Only the
 * explicit map guarantees the same colour everywhere, so themes should list their main entities.
 *
 * @param text              axis tick labels and value labels
 * @param muted             axis titles, axis lines, pie label links
 * @param grid              the light value grid
 * @param background        plot and chart background; {@code null} leaves it transparent
 * @param highlight         colour of the subject (e.g. China)
 * @param palette           restrained colours for everything else; never empty; the first is the
 *                          colour of single-series bars that are not highlighted
 * @param entityColors      fixed colours by entity name (exact match, then case-insensitive)
 * @param highlightEntities entity names drawn in {@code highlight}
 * @param fonts             chart fonts; never null
 * @param locale            how numbers are formatted
 * @param estimateMark      how estimated values are marked (the theme's convention, as in tables)
 * @since 0.1
 */
public record ChartStyle(Color text, Color muted, Color grid, Color background, Color highlight, List<Color> palette,
                         Map<String, Color> entityColors, Set<String> highlightEntities, ChartFonts fonts,
                         java.util.Locale locale, dev.dossier.core.format.EstimateMark estimateMark) {

    /** A style with the default estimate mark. */
    public ChartStyle(Color text, Color muted, Color grid, Color background, Color highlight, List<Color> palette,
                      Map<String, Color> entityColors, Set<String> highlightEntities, ChartFonts fonts, java.util.Locale locale) {
        this(text, muted, grid, background, highlight, palette, entityColors, highlightEntities, fonts, locale, null);
    }

    /** A style whose numbers are formatted for US English. */
    public ChartStyle(Color text, Color muted, Color grid, Color background, Color highlight, List<Color> palette,
                      Map<String, Color> entityColors, Set<String> highlightEntities, ChartFonts fonts) {
        this(text, muted, grid, background, highlight, palette, entityColors, highlightEntities, fonts, java.util.Locale.US, null);
    }

    /** This style drawn with other fonts. */
    public ChartStyle withFonts(ChartFonts newFonts) {
        return new ChartStyle(text, muted, grid, background, highlight, palette, entityColors, highlightEntities, newFonts, locale, estimateMark);
    }

    /** This style with numbers formatted for {@code newLocale} ({@code de-DE} prints 1.234,5). */
    public ChartStyle withLocale(java.util.Locale newLocale) {
        return new ChartStyle(text, muted, grid, background, highlight, palette, entityColors, highlightEntities, fonts, newLocale, estimateMark);
    }

    /** This style marking estimates as {@code mark} says. */
    public ChartStyle withEstimateMark(dev.dossier.core.format.EstimateMark mark) {
        return new ChartStyle(text, muted, grid, background, highlight, palette, entityColors, highlightEntities, fonts, locale, mark);
    }

    public ChartStyle {
        locale = locale == null ? java.util.Locale.US : locale;
        estimateMark = estimateMark == null ? dev.dossier.core.format.EstimateMark.SUPERSCRIPT : estimateMark;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(muted, "muted");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(highlight, "highlight");
        palette = List.copyOf(Objects.requireNonNull(palette, "palette"));
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("chart palette is empty");
        }
        entityColors = entityColors == null ? Map.of() : Map.copyOf(entityColors);
        highlightEntities = highlightEntities == null ? Set.of() : Set.copyOf(highlightEntities);
        Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * A calm consultancy look: near-black text, grey axes, hair-thin grid, a red highlight for
     * China and muted blues and greys for the rest.
     */
    public static ChartStyle defaults(ChartFonts fonts) {
        return new ChartStyle(new Color(0x22, 0x22, 0x22), new Color(0x6B, 0x6B, 0x6B), new Color(0xE2, 0xE2, 0xE2),
                Color.WHITE, new Color(0xC8, 0x10, 0x2E),
                List.of(new Color(0x1F, 0x3A, 0x5F), new Color(0xB8, 0xA9, 0x8C), new Color(0x4E, 0x8A, 0x7B),
                        new Color(0x9D, 0xB4, 0xCC), new Color(0x7F, 0x7F, 0x7F), new Color(0x5B, 0x7F, 0xA6),
                        new Color(0x8E, 0x6C, 0x8A), new Color(0x33, 0x65, 0x8A)),
                Map.of(), Set.of("China"), fonts);
    }
}
