package dev.dossier.core.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds bar and line charts ({@link ChartType#isCategoryPlot()}) from a {@link ChartTable}.
 *
 * <p>Value labels are drawn when there are at most {@value #MAX_LABELLED} bars (or points of a
 * single line). Category labels wrap onto up to four lines; a line chart whose labels cannot fit
 * upright turns them vertical.
 */
final class CategoryChartBuilder {

    static final int MAX_LABELLED = 12;
    static final double BAR_CATEGORY_MARGIN = 0.25;
    /** Clear space between a value label and the gridline beyond it, in points. */
    static final double LABEL_GAP_PT = 3;
    /** Share of the chart width given to the labels of horizontal bars. */
    static final float HBAR_LABEL_SHARE = 0.35f;
    /** Lines a horizontal bar's label may wrap onto (the chart grows to give each its room). */
    static final int HBAR_LABEL_LINES = 3;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final ChartStyle style;
    private final PlotStyler styler;
    private final CategoryRenderers renderers;

    CategoryChartBuilder(ChartStyle style) {
        this.style = style;
        this.styler = new PlotStyler(style);
        this.renderers = new CategoryRenderers(style);
    }

    /**
     * @param horizontal draw bars horizontally (always for {@link ChartType#HBAR})
     * @param log        use a logarithmic value axis (the table must hold positive values only)
     * @param axisLabel  value axis label with unit; may be empty
     * @param notes      receives the estimate-mark explanation when labels show estimates
     */
    JFreeChart build(ChartTable t, ChartType type, boolean horizontal, boolean log, String axisLabel,
                     float widthPt, List<String> notes) {
        return build(t, type, horizontal, log, axisLabel, widthPt, notes, false);
    }

    /** @param panel the chart is one panel of several (small multiples): bars take the series' colour */
    JFreeChart build(ChartTable t, ChartType type, boolean horizontal, boolean log, String axisLabel,
                     float widthPt, List<String> notes, boolean panel) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int s = 0; s < t.seriesCount(); s++) {
            for (int c = 0; c < t.categoryCount(); c++) {
                ds.addValue(t.value(s, c), t.series().get(s), t.categories().get(c));
            }
        }
        boolean line = type == ChartType.LINE;
        AbstractCategoryItemRenderer r = line ? renderers.lines(t)
                : renderers.bars(t, type == ChartType.STACKED_BAR, horizontal, panel);
        boolean labelled = line ? t.seriesCount() == 1 && t.presentCount() <= MAX_LABELLED
                : t.presentCount() <= MAX_LABELLED;
        if (labelled) {
            ValueLabels labels = new ValueLabels(t, style.estimateMark());
            renderers.showValues(r, labels);
            String key = labels.keyMark() + " = estimate";
            if (labels.anyEstimate() && !notes.contains(key)) {
                notes.add(key);
            }
        }
        CategoryAxis domain = new CategoryAxis(null);
        domain.setCategoryMargin(line ? 0 : horizontal ? 0.3 : BAR_CATEGORY_MARGIN);
        domain.setLowerMargin(line ? 0.03 : 0.02);
        domain.setUpperMargin(line ? 0.03 : 0.02);
        domain.setMaximumCategoryLabelLines(horizontal ? HBAR_LABEL_LINES : 4);
        domain.setMaximumCategoryLabelWidthRatio(horizontal ? HBAR_LABEL_SHARE : 0.95f);
        if (line && !fitsUpright(t.categories(), style.fonts().regular(PlotStyler.TICK_PT), widthPt, 0)) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        double extent = labelled && type != ChartType.STACKED_BAR
                ? labelExtent(new ValueLabels(t, style.estimateMark()), t, horizontal) : 0;
        ValueAxis range = valueAxis(t, type, log, axisLabel, labelled, horizontal, extent);
        CategoryPlot plot = new CategoryPlot(ds, domain, range, r);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        styler.categoryPlot(plot);
        JFreeChart chart = styler.chart(plot, t.seriesCount() >= 2);
        if (horizontal && !log) {
            // the value axis ends on a tick: its centred label must not run past the chart's edge
            RectangleInsets in = plot.getInsets();
            double half = endTickHalfWidth(t);
            plot.setInsets(new RectangleInsets(in.getTop(), in.getLeft(), in.getBottom(), Math.max(in.getRight(), half)));
        }
        return chart;
    }

    private ValueAxis valueAxis(ChartTable t, ChartType type, boolean log, String label, boolean labelled,
                                boolean horizontal, double labelExtentPt) {
        boolean percent = t.format(0).isPercent();
        double headroom = labelled && type != ChartType.STACKED_BAR ? (horizontal ? 0.16 : 0.15) : 0.04;
        if (log) {
            LogAxis axis = new LogAxis(label);
            axis.setBase(10);
            axis.setSmallestValue(smallestPositive(t) / 2);
            axis.setNumberFormatOverride(AxisFormats.logTicks(percent, style.locale()));
            axis.setUpperMargin(headroom);
            return axis;
        }
        NumberAxis axis = new HeadroomAxis(label, labelExtentPt);
        axis.setStandardTickUnits(AxisFormats.tickUnits(percent, style.locale()));
        axis.setAutoRangeIncludesZero(type != ChartType.LINE || allEqual(t));
        axis.setUpperMargin(headroom);
        axis.setLowerMargin(hasNegative(t) ? headroom : 0.04);
        return axis;
    }

    /**
     * Half the width of the tick label at the end of the value axis, plus a point: estimated from
     * the largest value a quarter up (the axis ends on the first tick past the labels).
     */
    private double endTickHalfWidth(ChartTable t) {
        double max = 0;
        for (int s = 0; s < t.seriesCount(); s++) {
            for (int c = 0; c < t.categoryCount(); c++) {
                Double v = t.value(s, c);
                max = v == null ? max : Math.max(max, Math.abs(v));
            }
        }
        String text = java.text.NumberFormat.getIntegerInstance(style.locale()).format(Math.ceil(max * 1.25))
                + (t.format(0).isPercent() ? "%" : "");
        return style.fonts().regular(PlotStyler.TICK_PT).getStringBounds(text, FRC).getWidth() / 2 + 1;
    }

    /**
     * Points a value label needs beyond the end of its bar or point: the label's height for upright
     * bars and lines, the widest label's width for horizontal bars, plus the anchor offset and a gap
     * so the label never touches the gridline beyond it.
     */
    private double labelExtent(ValueLabels labels, ChartTable t, boolean horizontal) {
        Font font = styler.valueLabelFont();
        double gap = CategoryRenderers.LABEL_OFFSET + LABEL_GAP_PT;
        if (!horizontal) {
            return font.getStringBounds("0", FRC).getHeight() + gap;
        }
        double widest = 0;
        for (int s = 0; s < t.seriesCount(); s++) {
            for (int c = 0; c < t.categoryCount(); c++) {
                String text = labels.label(s, c);
                if (text != null) {
                    widest = Math.max(widest, font.getStringBounds(text, FRC).getWidth());
                }
            }
        }
        return widest + gap;
    }

    /**
     * Whether every label fits upright under its category on at most three wrapped lines.
     *
     * @param categoryMargin the share of the axis left between categories (0 for lines)
     */
    static boolean fitsUpright(List<String> labels, Font font, float widthPt, double categoryMargin) {
        return fitsUpright(labels, font, widthPt, categoryMargin, 3);
    }

    /**
     * Whether every label fits upright under its category on at most {@code maxLines} wrapped lines.
     *
     * @param categoryMargin the share of the axis left between categories (0 for lines)
     */
    static boolean fitsUpright(List<String> labels, Font font, float widthPt, double categoryMargin, int maxLines) {
        double axis = widthPt - 60;
        double slot = axis * (1 - 0.04 - categoryMargin) / Math.max(1, labels.size()) * 0.95;
        double space = font.getStringBounds(" ", FRC).getWidth();
        for (String label : labels) {
            int lines = 1;
            double used = 0;
            for (String word : label.strip().split("\\s+")) {
                double w = font.getStringBounds(word, FRC).getWidth();
                if (w > slot) {
                    return false;
                }
                if (used > 0 && used + space + w > slot) {
                    lines++;
                    used = w;
                } else {
                    used += (used > 0 ? space : 0) + w;
                }
            }
            if (lines > maxLines) {
                return false;
            }
        }
        return true;
    }

    /** The lines a label wraps onto at word breaks within {@code width} points. */
    static int wrappedLines(String label, Font font, double width) {
        double space = font.getStringBounds(" ", FRC).getWidth();
        int lines = 1;
        double used = 0;
        for (String word : label.strip().split("\\s+")) {
            double w = font.getStringBounds(word, FRC).getWidth();
            if (used > 0 && used + space + w > width) {
                lines++;
                used = w;
            } else {
                used += (used > 0 ? space : 0) + w;
            }
        }
        return lines;
    }

    private static boolean allEqual(ChartTable t) {
        Double first = null;
        for (int s = 0; s < t.seriesCount(); s++) {
            for (int c = 0; c < t.categoryCount(); c++) {
                Double v = t.value(s, c);
                if (v != null && first != null && !v.equals(first)) {
                    return false;
                }
                first = first == null ? v : first;
            }
        }
        return true;
    }

    private static double smallestPositive(ChartTable t) {
        double min = Double.MAX_VALUE;
        for (int s = 0; s < t.seriesCount(); s++) {
            for (int c = 0; c < t.categoryCount(); c++) {
                Double v = t.value(s, c);
                if (v != null && v > 0) {
                    min = Math.min(min, v);
                }
            }
        }
        return min == Double.MAX_VALUE ? 1 : min;
    }

    private static boolean hasNegative(ChartTable t) {
        for (int s = 0; s < t.seriesCount(); s++) {
            for (int c = 0; c < t.categoryCount(); c++) {
                if (t.value(s, c) != null && t.value(s, c) < 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
