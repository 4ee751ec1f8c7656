package dev.dossier.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;

/**
 * Creates the flat renderers of bar and line charts: solid fills, no outlines, shadows or
 * gradients; entity colours per series (or per bar when there is one series); optional value
 * labels placed outside bar ends (inside stacked segments); "n/a" where a bar has no value.
 */
final class CategoryRenderers {

    /** Distance between a bar's end (or a point) and its value label, in points. */
    static final double LABEL_OFFSET = 3;

    private final ChartStyle style;
    private final EntityPalette palette;
    private final PlotStyler styler;

    CategoryRenderers(ChartStyle style) {
        this.style = style;
        this.palette = new EntityPalette(style);
        this.styler = new PlotStyler(style);
    }

    /** A bar renderer: grouped, stacked, or one colour per category for a single series. */
    BarRenderer bars(ChartTable t, boolean stacked, boolean horizontal, boolean bySeries) {
        List<String> categories = t.categories();
        boolean perCategory = t.seriesCount() == 1 && !stacked && !bySeries;
        Map<String, Color> seriesColors = palette.assign(t.series());
        BarRenderer r = stacked ? new StackedBarRenderer() {
            @Override
            public Paint getItemLabelPaint(int row, int column) {
                return PlotStyler.labelOn((Color) getItemPaint(row, column));
            }
        } : new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return perCategory ? palette.singleSeries(categories.get(column)) : super.getItemPaint(row, column);
            }

            @Override
            public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                                 CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                                 CategoryDataset dataset, int row, int column, int pass) {
                if (dataset.getValue(row, column) != null) {
                    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
                } else if (pass == 0) {
                    double start = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
                    GapMarks.draw(g2, dataArea, plot, rangeAxis, start, state.getBarWidth(), styler.valueLabelFont(),
                            style.muted());
                }
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.04);
        r.setMaximumBarWidth(horizontal ? 0.12 : 0.10);
        r.setAutoPopulateSeriesPaint(false);
        for (int s = 0; s < t.seriesCount(); s++) {
            r.setSeriesPaint(s, seriesColors.get(t.series().get(s)));
        }
        if (stacked) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        } else if (horizontal) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        } else {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        }
        r.setItemLabelAnchorOffset(LABEL_OFFSET);
        return r;
    }

    /** A line renderer with small round markers (so single points and isolated values show); highlighted lines are thicker. */
    LineAndShapeRenderer lines(ChartTable t) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        Map<String, Color> colors = palette.assign(t.series());
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesShape(false);
        r.setAutoPopulateSeriesStroke(false);
        for (int s = 0; s < t.seriesCount(); s++) {
            String name = t.series().get(s);
            boolean strong = palette.isHighlighted(name) || t.seriesCount() == 1;
            r.setSeriesPaint(s, colors.get(name));
            r.setSeriesStroke(s, new BasicStroke(strong ? 2.0f : 1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShape(s, new Ellipse2D.Double(-2.2, -2.2, 4.4, 4.4));
        }
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        r.setItemLabelAnchorOffset(LABEL_OFFSET);
        return r;
    }

    /** Turns on value labels from {@code labels}. */
    void showValues(AbstractCategoryItemRenderer r, ValueLabels labels) {
        r.setDefaultItemLabelGenerator(labels);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(styler.valueLabelFont());
        r.setDefaultItemLabelPaint(style.text());
    }
}
