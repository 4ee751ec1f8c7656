package dev.dossier.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Gives every chart the exhibit look: flat, no border, no title, white or transparent
 * background, a hair-thin light value grid and nothing else, theme fonts in small sizes, a
 * borderless legend at the bottom only when there are two or more series.
 */
final class PlotStyler {

    static final float TICK_PT = 8.5f;
    static final float AXIS_LABEL_PT = 8.5f;
    static final float VALUE_LABEL_PT = 8.5f;
    static final float LEGEND_PT = 8.5f;
    static final BasicStroke HAIRLINE = new BasicStroke(0.5f);

    private final ChartStyle style;

    PlotStyler(ChartStyle style) {
        this.style = style;
    }

    /** Wraps a plot in a chart: no title, legend only when {@code legend}. */
    JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, style.fonts().regular(AXIS_LABEL_PT), plot, legend);
        chart.setBorderVisible(false);
        chart.setBackgroundPaint(style.background());
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        chart.setTextAntiAlias(true);
        plot.setBackgroundPaint(style.background());
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No data");
        plot.setNoDataMessageFont(style.fonts().bold(10f));
        plot.setNoDataMessagePaint(style.muted());
        plot.setInsets(new RectangleInsets(4, 2, 2, 6));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(null);
            l.setItemFont(style.fonts().regular(LEGEND_PT));
            l.setItemPaint(style.text());
            l.setMargin(new RectangleInsets(6, 0, 0, 0));
        }
        return chart;
    }

    /** Category plot: light grid along the value axis only, thin axis line under the categories. */
    void categoryPlot(CategoryPlot plot) {
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(style.grid());
        plot.setRangeGridlineStroke(HAIRLINE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(style.muted());
        plot.setRangeZeroBaselineStroke(HAIRLINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        categoryAxis(plot.getDomainAxis());
        valueAxis(plot.getRangeAxis());
    }

    void categoryAxis(CategoryAxis axis) {
        axis.setTickLabelFont(style.fonts().regular(TICK_PT));
        axis.setTickLabelPaint(style.text());
        axis.setAxisLinePaint(style.muted());
        axis.setAxisLineStroke(HAIRLINE);
        axis.setTickMarksVisible(false);
        axis.setLabelFont(style.fonts().regular(AXIS_LABEL_PT));
        axis.setLabelPaint(style.muted());
    }

    void valueAxis(ValueAxis axis) {
        axis.setTickLabelFont(style.fonts().regular(TICK_PT));
        axis.setTickLabelPaint(style.muted());
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setLabelFont(style.fonts().regular(AXIS_LABEL_PT));
        axis.setLabelPaint(style.muted());
    }

    /** The font of value labels on bars and points. */
    Font valueLabelFont() {
        return style.fonts().regular(VALUE_LABEL_PT);
    }

    /** Black or white, whichever reads better on {@code fill}. */
    static Color labelOn(Color fill) {
        double luminance = (0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue()) / 255;
        return luminance > 0.6 ? new Color(0x22, 0x22, 0x22) : Color.WHITE;
    }
}
