package dev.dossier.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.util.TableOrder;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds radar charts: one axis per value column, one polygon per category (entity).
 *
 * <p>Each axis is scaled to a percentage of its own largest value, so columns in different units
 * (GB, TFLOPS, W) can share one chart; a note names each axis's 100 % value. Negative values are
 * drawn at the centre. At most the first N entities (6 by default) are drawn.
 */
final class RadarChartBuilder {

    private static final int DEFAULT_TOP_N = 6;

    private final ChartStyle style;
    private final PlotStyler styler;

    RadarChartBuilder(ChartStyle style) {
        this.style = style;
        this.styler = new PlotStyler(style);
    }

    /** A radar of {@code t} (categories = entities, series = axes); notes explain the scaling. */
    JFreeChart build(ChartTable t, Integer topN, List<String> notes) {
        int n = Math.min(t.categoryCount(), topN == null ? DEFAULT_TOP_N : topN);
        if (n < t.categoryCount()) {
            notes.add("First " + n + " of " + t.categoryCount() + " entities shown");
        }
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<String> scales = new ArrayList<>();
        for (int s = 0; s < t.seriesCount(); s++) {
            double max = 0;
            for (int c = 0; c < n; c++) {
                Double v = t.value(s, c);
                max = v == null ? max : Math.max(max, v);
            }
            String unit = t.format(s).unit();
            String axis = unit.isEmpty() ? t.series().get(s) : t.series().get(s) + " (" + unit + ")";
            if (max > 0) {
                scales.add(t.series().get(s) + " " + t.format(s).format(max, null) + (unit.isEmpty() ? "" : " " + unit));
            }
            for (int c = 0; c < n; c++) {
                Double v = t.value(s, c);
                Double pct = v == null || max <= 0 ? null : Math.max(0, v) / max * 100;
                ds.addValue(pct, t.categories().get(c), axis);
            }
        }
        notes.add("Each axis in % of its largest value (" + String.join("; ", scales) + ")");
        SpiderWebPlot plot = new SpiderWebPlot(ds, TableOrder.BY_ROW);
        plot.setMaxValue(100);
        plot.setStartAngle(90);
        plot.setWebFilled(true);
        plot.setWebFillAlpha(0.12f);
        plot.setHeadPercent(0.012);
        plot.setInteriorGap(0.2);
        plot.setAxisLabelGap(0.08);
        plot.setAxisLinePaint(style.grid());
        plot.setAxisLineStroke(PlotStyler.HAIRLINE);
        plot.setLabelFont(style.fonts().regular(PlotStyler.TICK_PT));
        plot.setLabelPaint(style.text());
        List<String> entities = t.categories().subList(0, n);
        Map<String, Color> colors = new EntityPalette(style).assign(entities);
        for (int c = 0; c < n; c++) {
            Color color = colors.get(entities.get(c));
            plot.setSeriesPaint(c, color);
            plot.setSeriesOutlinePaint(c, color);
            plot.setSeriesOutlineStroke(c, new BasicStroke(1.6f));
        }
        return styler.chart(plot, n >= 2);
    }
}
