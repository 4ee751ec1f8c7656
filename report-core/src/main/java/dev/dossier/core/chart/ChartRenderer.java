package dev.dossier.core.chart;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ui.Drawable;

/**
 * Draws one exhibit: turns a dataset's rows into a JFreeChart in the theme's look and renders it
 * as vector graphics into the PDF being written.
 *
 * <p>The chart carries no title (the layout prints the exhibit title and subtitle) and a legend
 * only when two or more series are drawn. Awkward data is handled, not refused: missing values
 * become gaps, surplus categories fold into "Other", zero or negative values leave a log scale,
 * long category labels wrap (or bars turn horizontal), and a chart with nothing to plot shows a
 * "No data" panel. Each such adjustment is reported in {@link RenderedChart#notes()}.
 *
 * <p>Instances are immutable and may be reused for every chart of a document; a single call is
 * not thread-safe with respect to the {@link PdfWriter}.
 *
 * @since 0.1
 */
public final class ChartRenderer {

    private static final int DEFAULT_BAR_TOP_N = 15;
    /** Upright bar charts with more categories than this need labels that fit on one line. */
    private static final int UPRIGHT_MULTILINE_MAX = 8;

    private final ChartStyle style;
    private final ChartRenderer fallback;

    /** @param style the theme's chart colours and fonts; never null */
    public ChartRenderer(ChartStyle style) {
        this(style, null);
    }

    /**
     * @param style         the theme's chart colours and fonts; never null
     * @param fallbackFonts fonts for charts whose labels hold characters the style's fonts lack
     *                      (Chinese names, for example); null for none
     */
    public ChartRenderer(ChartStyle style, ChartFonts fallbackFonts) {
        this.style = Objects.requireNonNull(style, "style");
        this.fallback = fallbackFonts == null ? null : new ChartRenderer(style.withFonts(fallbackFonts), null);
    }

    /**
     * Whether a label of the chart has a character the regular font cannot draw; such a chart
     * is drawn entirely in the fallback font, which covers Latin as well, so labels stay in one face.
     */
    private boolean needsFallback(ChartSpec spec, ChartData data) {
        List<String> columns = new ArrayList<>();
        columns.add(spec.x());
        if (spec.series() != null) {
            columns.add(spec.series());
        }
        for (var row : data.rows()) {
            for (String c : columns) {
                if (data.descriptor().indexOf(c) >= 0 && !drawable(row.text(c))) {
                    return true;
                }
            }
        }
        return !drawable(spec.valueAxisLabel());
    }

    private boolean drawable(String text) {
        return text == null || text.codePoints().allMatch(cp -> Character.isWhitespace(cp)
                || style.fonts().regular().charExists(cp));
    }

    /**
     * Renders one chart.
     *
     * @param writer  the writer of the document the chart goes into (the chart becomes a form XObject of it)
     * @param spec    what to draw
     * @param data    the rows to plot; may be empty
     * @param widthPt width of the exhibit in PDF points, usually the text width
     * @return the chart as an image element of {@code widthPt} × the chosen height, with notes
     * @throws IllegalArgumentException when a column named by {@code spec} is missing from the
     *                                  dataset or a value column is not numeric, or the width is not positive
     */
    public RenderedChart render(PdfWriter writer, ChartSpec spec, ChartData data, float widthPt) {
        Objects.requireNonNull(writer, "writer");
        if (!(widthPt > 0)) {
            throw new IllegalArgumentException("chart width must be positive, not " + widthPt);
        }
        if (fallback != null && needsFallback(spec, data)) {
            return fallback.render(writer, spec, data, widthPt);
        }
        return renderDrawable(writer, spec, LabelGlyphs.drawable(data, spec, style.fonts().regular()), widthPt);
    }

    private RenderedChart renderDrawable(PdfWriter writer, ChartSpec spec, ChartData data, float widthPt) {
        List<String> notes = new ArrayList<>();
        ChartTableBuilder.Result built = ChartTableBuilder.build(spec, data, style.locale());
        ChartType type = spec.type();
        ChartNotes.describe(built, type.isCategoryPlot() || type == ChartType.RADAR,
                type.isBar() && type != ChartType.STACKED_BAR, notes);
        if (type == ChartType.RADAR && built.table().hasValues() && built.table().seriesCount() < 3) {
            notes.add("A radar needs three or more value columns; drawn as bars");
            type = ChartType.GROUPED_BAR;
        }
        Image image = draw(writer, spec.withType(type), data, built.table(), widthPt, notes);
        return new RenderedChart(image, notes);
    }

    private Image draw(PdfWriter writer, ChartSpec spec, ChartData data, ChartTable table, float widthPt,
                       List<String> notes) {
        ChartType type = spec.type();
        ChartTable t = table;
        Drawable drawable;
        float height;
        if (type == ChartType.PIE || type == ChartType.DONUT) {
            t = t.hasValues() ? PieChartBuilder.prepare(t, spec.topN(), notes) : t;
            drawable = t.hasValues() ? new PieChartBuilder(style).build(t, type == ChartType.DONUT) : null;
            height = height(spec, widthPt * 0.5f);
        } else if (type == ChartType.RADAR) {
            drawable = t.hasValues() ? new RadarChartBuilder(style).build(t, spec.topN(), notes) : null;
            height = height(spec, widthPt * 0.6f);
        } else {
            Integer topN = spec.topN() != null ? spec.topN() : type.isBar() ? Integer.valueOf(DEFAULT_BAR_TOP_N) : null;
            t = topN != null && t.hasValues() ? OtherFolding.topN(t, topN, notes) : t;
            boolean log = spec.logScale() && t.hasValues() && LogScaleGuard.apply(t, notes);
            // many upright bars read only with one-line labels; otherwise the bars turn horizontal
            int lines = t.categoryCount() > UPRIGHT_MULTILINE_MAX ? 1 : 3;
            boolean horizontal = type == ChartType.HBAR || (type.isBar() && !CategoryChartBuilder.fitsUpright(
                    t.categories(), style.fonts().regular(PlotStyler.TICK_PT), widthPt,
                    CategoryChartBuilder.BAR_CATEGORY_MARGIN, lines));
            if (spec.facet() && t.seriesCount() >= 2 && t.hasValues() && !horizontal) {
                drawable = facets(t, type, log, widthPt, notes);
            } else {
                drawable = t.hasValues() ? new CategoryChartBuilder(style)
                        .build(t, type, horizontal, log, axisLabel(spec, data), widthPt, notes) : null;
            }
            height = horizontal ? height(spec, horizontalHeight(t, widthPt)) : height(spec, widthPt * 0.5f);
        }
        if (drawable == null) {
            drawable = new NoDataPanel(style, data.rows().isEmpty() ? data.whenEmpty() : "No value to plot");
            height = spec.heightPt() > 0 ? spec.heightPt() : Math.min(widthPt * 0.3f, 120f);
        }
        return VectorDrawer.draw(writer, drawable, widthPt, height, style.fonts().mapper());
    }

    /** One panel per series, side by side, each with its own value axis, titled with the series name. */
    private Drawable facets(ChartTable t, ChartType type, boolean log, float widthPt, List<String> notes) {
        List<org.jfree.chart.JFreeChart> charts = new ArrayList<>();
        float panelWidth = widthPt / t.seriesCount();
        ChartType single = type == ChartType.LINE ? ChartType.LINE : ChartType.BAR;
        for (int s = 0; s < t.seriesCount(); s++) {
            ChartTable all = t.onlySeries(s);
            // a category with no value in this panel belongs to another panel: it is not a gap here
            List<Integer> present = new ArrayList<>();
            for (int c = 0; c < all.categoryCount(); c++) {
                if (all.value(0, c) != null) {
                    present.add(c);
                }
            }
            ChartTable one = all.select(present);
            String unit = one.format(0).unit();
            charts.add(new CategoryChartBuilder(style).build(one, single, false, log, unit, panelWidth, notes, true));
        }
        return new FacetPanels(charts, t.series(), style);
    }

    private static float height(ChartSpec spec, float fallback) {
        return spec.heightPt() > 0 ? spec.heightPt() : fallback;
    }

    /** Tall enough that each category's wrapped label has room of its own: labels never overlap. */
    private float horizontalHeight(ChartTable t, float widthPt) {
        java.awt.Font font = style.fonts().regular(PlotStyler.TICK_PT);
        int lines = 1;
        for (String label : t.categories()) {
            lines = Math.max(lines, CategoryChartBuilder.wrappedLines(label, font,
                    widthPt * CategoryChartBuilder.HBAR_LABEL_SHARE));
        }
        float labelHeight = Math.min(lines, CategoryChartBuilder.HBAR_LABEL_LINES) * PlotStyler.TICK_PT * 1.2f + 5f;
        float perCategory = Math.max(labelHeight, t.seriesCount() == 1 ? 15f : 8f + 9f * t.seriesCount());
        float legend = t.seriesCount() >= 2 ? 22f : 0f;
        return Math.max(110f, 34f + legend + perCategory * t.categoryCount());
    }

    /** The value axis label: the spec's, else the value column's label and unit ("Funding (USD billion)"). */
    private static String axisLabel(ChartSpec spec, ChartData data) {
        if (spec.valueAxisLabel() != null) {
            return spec.valueAxisLabel();
        }
        List<Column> ys = spec.y().stream().map(y -> data.descriptor().column(y).orElseThrow()).toList();
        if (ys.size() == 1 || spec.series() != null) {
            Column y = ys.get(0);
            String unit = unit(y);
            return unit.isEmpty() || unit.equalsIgnoreCase(y.label()) ? y.label() : y.label() + " (" + unit + ")";
        }
        String unit = unit(ys.get(0));
        return ys.stream().allMatch(c -> unit(c).equals(unit)) ? unit : "";
    }

    private static String unit(Column c) {
        return c.unit().isBlank() && c.type() == ColumnType.PERCENT ? "%" : c.unit().strip();
    }
}
