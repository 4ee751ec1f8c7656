package dev.dossier.core.layout;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfWriter;
import dev.dossier.core.chart.ChartRenderer;
import dev.dossier.core.resolve.ResolvedReport;
import dev.dossier.core.theme.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the block writers share while a resolved report is drawn: the report, the open
 * document, theme, type scale, chart renderer and the warnings of the layout.
 */
final class RenderContext {

    final ResolvedReport report;
    final Document document;
    final PdfWriter writer;
    final Structure tags;
    final Theme theme;
    final Typography type;
    final ChartRenderer charts;
    final List<String> warnings = new ArrayList<>();
    private final GlyphCoverage coverage;
    private final java.util.Map<Object, List<Element>> exhibits = new java.util.IdentityHashMap<>();

    RenderContext(ResolvedReport report, Document document, Structure tags, Theme theme, Typography type,
                  ChartRenderer charts, GlyphCoverage coverage) {
        this.tags = tags;
        this.coverage = coverage;
        this.report = report;
        this.document = document;
        this.writer = tags.writer();
        this.theme = theme;
        this.type = type;
        this.charts = charts;
    }

    /**
     * Records a warning when {@code text} has characters no theme font can draw.
     *
     * @param where what the text is, e.g. "dataset 'companies/profiles', row 3 ('Zhipu AI'), column 'name_zh'"
     *              or "china-ai-briefing.yaml:42: exhibit title"
     */
    void checkGlyphs(String text, String where) {
        List<String> missing = coverage.missing(text);
        if (!missing.isEmpty()) {
            warnings.add(where + ": no font of the theme has " + String.join(", ", missing)
                    + "; shown as the placeholder U+FFFD; add a fallback font that covers it (theme fonts.fallbacks)");
        }
    }

    /** Adds an element, tagged as a paragraph (a table as a data table, a list as a list). */
    void add(Element e) {
        tags.add(e, PdfName.P);
    }

    /** Adds an element tagged as {@code role} (H1, H2, …). */
    void add(Element e, PdfName role) {
        tags.add(e, role);
    }

    /**
     * The drawn parts of an exhibit, made once: an exhibit is measured (to keep it with its
     * heading) before it is placed, and its chart must be drawn only once.
     */
    List<Element> exhibitParts(Object exhibit, java.util.function.Supplier<List<Element>> make) {
        return exhibits.computeIfAbsent(exhibit, k -> make.get());
    }

    /** Vertical space left on the current page, in points. */
    float spaceLeft() {
        return writer.getVerticalPosition(false) - document.bottom();
    }

    /** Starts a new page unless at least {@code points} of vertical space are left, so a heading is never stranded. */
    void keepSpace(float points) {
        if (spaceLeft() < points) {
            document.newPage();
        }
    }

    /** The height of the text area of a page, in points. */
    float pageHeight() {
        return document.top() - document.bottom();
    }

    /** Width of the text column in points. */
    float width() {
        return document.right() - document.left();
    }
}
