package dev.dossier.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.AttributedString;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.util.Rotation;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;

/**
 * Builds pie and donut charts of the first series of a {@link ChartTable}.
 *
 * <p>{@link #prepare} keeps positive values only (a share cannot be negative) and folds slices
 * under {@value #MIN_SHARE_PERCENT}% of the total, and any beyond the top N, into "Other". Labels
 * ("China 38,210 (61%)") sit outside the pie on link lines, spread so they do not overlap.
 */
final class PieChartBuilder {

    static final int MIN_SHARE_PERCENT = 3;
    private static final int DEFAULT_TOP_N = 8;

    private final ChartStyle style;
    private final PlotStyler styler;

    PieChartBuilder(ChartStyle style) {
        this.style = style;
        this.styler = new PlotStyler(style);
    }

    /** The one-series table the pie shows; notes say what was left out or folded. */
    static ChartTable prepare(ChartTable t, Integer topN, List<String> notes) {
        if (t.seriesCount() > 1) {
            notes.add("Only '" + t.series().get(0) + "' is shown");
        }
        ChartTable one = new ChartTable(t.categories(), List.of(t.series().get(0)), List.of(t.format(0)));
        int dropped = 0;
        for (int c = 0; c < t.categoryCount(); c++) {
            Double v = t.value(0, c);
            if (v != null && v > 0) {
                one.set(0, c, v, t.qualifier(0, c), t.estimated(0, c));
            } else if (v != null) {
                dropped++;
            }
        }
        if (dropped > 0) {
            notes.add(dropped + (dropped == 1 ? " zero or negative value" : " zero or negative values")
                    + " left out (shares must be positive)");
        }
        return OtherFolding.smallShares(one, topN == null ? DEFAULT_TOP_N : topN, MIN_SHARE_PERCENT / 100.0, notes);
    }

    /** A pie (or ring when {@code donut}) of a table made by {@link #prepare}. */
    JFreeChart build(ChartTable t, boolean donut) {
        DefaultPieDataset<String> ds = new DefaultPieDataset<>();
        double total = 0;
        for (int c = 0; c < t.categoryCount(); c++) {
            if (t.value(0, c) != null) {
                ds.setValue(t.categories().get(c), t.value(0, c));
                total += t.value(0, c);
            }
        }
        PiePlot<String> plot = donut ? ring(t, total) : new PiePlot<>(ds);
        plot.setDataset(ds);
        Map<String, Color> colors = new EntityPalette(style).assign(t.categories());
        colors.forEach(plot::setSectionPaint);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(style.background() == null ? Color.WHITE : style.background());
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1f));
        plot.setShadowPaint(null);
        plot.setShadowGenerator(null);
        plot.setStartAngle(90);
        plot.setDirection(Rotation.CLOCKWISE);
        plot.setIgnoreNullValues(true);
        plot.setIgnoreZeroValues(true);
        plot.setInteriorGap(0.04);
        plot.setMaximumLabelWidth(0.22);
        plot.setLabelGap(0.02);
        plot.setSimpleLabels(false);
        plot.setLabelLinksVisible(true);
        plot.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        plot.setLabelLinkPaint(style.muted());
        plot.setLabelLinkStroke(PlotStyler.HAIRLINE);
        plot.setLabelFont(style.fonts().regular(PlotStyler.TICK_PT));
        plot.setLabelPaint(style.text());
        plot.setLabelBackgroundPaint(null);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelGenerator(new ShareLabels(t, total));
        return styler.chart(plot, false);
    }

    private RingPlot ring(ChartTable t, double total) {
        RingPlot ring = new RingPlot();
        ring.setSectionDepth(0.42);
        ring.setSeparatorsVisible(false);
        if (!t.format(0).isPercent()) {
            ring.setCenterTextMode(CenterTextMode.FIXED);
            ring.setCenterText(t.format(0).format(total, null));
            ring.setCenterTextFont(style.fonts().bold(11f));
            ring.setCenterTextColor(style.text());
        }
        return ring;
    }

    /** "Name value (share)", or "Name value" when the values are already percentages. */
    private static final class ShareLabels implements PieSectionLabelGenerator {
        private final ChartTable table;
        private final double total;

        ShareLabels(ChartTable table, double total) {
            this.table = table;
            this.total = total;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public String generateSectionLabel(PieDataset dataset, Comparable key) {
            int c = table.categories().indexOf(String.valueOf(key));
            if (c < 0 || table.value(0, c) == null) {
                return null;
            }
            double v = table.value(0, c);
            String value = table.format(0).format(v, table.qualifier(0, c));
            if (table.format(0).isPercent()) {
                return key + " " + value;
            }
            long share = Math.round(v * 100 / total);
            return key + " " + value + " (" + (share == 0 ? "<1" : String.valueOf(share)) + "%)";
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
            return null;
        }
    }
}
