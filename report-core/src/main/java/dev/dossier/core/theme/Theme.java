package dev.dossier.core.theme;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The look of a report, read from a theme YAML file: colours, chart palette, fonts, logo,
 * cover style and running header/footer text. The same template renders in any theme.
 *
 * <p>Header and footer texts may use the placeholders {@code {brand}}, {@code {title}},
 * {@code {edition}}, {@code {classification}}, {@code {page}} and {@code {pages}}; any report
 * parameter can be named too.
 *
 * @param name            theme name, e.g. {@code dossier}
 * @param brand           brand name shown on the cover and in the running header
 * @param colors          named colours
 * @param palette         series colours for entities without an assigned colour, in order
 * @param highlight       colour and entities drawn as the report's subject (e.g. China)
 * @param entityColors    fixed colours for entities, so an entity looks the same in every chart
 * @param fonts           font files
 * @param logo            logo image (PNG or JPEG), or null for a text brand mark
 * @param header          running header texts
 * @param footer          running footer texts
 * @param coverStyle      {@code band} (coloured block with the title) or {@code plain}
 * @param sectionBreak    {@code flow} (a section continues on the page of the one before) or
 *                        {@code page} (each section starts a new page)
 * @param baseDirectory   the theme file's folder, against which relative paths resolve
 * @param estimateMark    how estimates are marked in tables, charts and notes alike
 */
public record Theme(String name, String brand, Colors colors, List<Color> palette, Color highlight,
                    Set<String> highlightEntities, Map<String, Color> entityColors, FontFiles fonts, Path logo,
                    Running header, Running footer, String coverStyle, String sectionBreak, Path baseDirectory,
                    dev.dossier.core.format.EstimateMark estimateMark) {

    public Theme {
        estimateMark = estimateMark == null ? dev.dossier.core.format.EstimateMark.SUPERSCRIPT : estimateMark;
    }

    /** Whether every section starts on a new page. */
    public boolean sectionPerPage() {
        return "page".equals(sectionBreak);
    }

    /**
     * Named colours.
     *
     * @param primary     headings, rules and KPI figures
     * @param text        body text
     * @param muted       captions, source lines, running header and footer
     * @param rule        hairlines and table borders
     * @param tableHeader table header background
     * @param zebra       background of every other table row
     * @param coverBand   cover block background ({@code band} style)
     * @param coverText   text on the cover block
     */
    public record Colors(Color primary, Color text, Color muted, Color rule, Color tableHeader, Color zebra,
                         Color coverBand, Color coverText) {
    }

    /**
     * Font files, each a path relative to the theme or {@code classpath:…}.
     *
     * @param regular   body font
     * @param bold      headings and table headers
     * @param italic    emphasis and notes
     * @param fallbacks fonts tried, in order, for characters the body font lacks (CJK); a
     *                  {@code .ttc} collection takes {@code ,INDEX} after the name
     * @param bodySize  body text size in points
     */
    public record FontFiles(String regular, String bold, String italic, List<String> fallbacks, float bodySize) {
    }

    /** Left and right texts of the running header or footer. */
    public record Running(String left, String right) {
    }
}
