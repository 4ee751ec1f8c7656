package dev.dossier.core.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.TextAnchor;

/**
 * Small multiples: charts side by side, each under the name of the series it draws. Series of
 * different scope (a core industry and a wider market) each get their own value axis instead of
 * one dwarfing the other on a shared one.
 */
final class FacetPanels implements Drawable {

    /** Space between panels, in points. */
    private static final double GAP = 14;
    /** Height of a panel's title line, in points. */
    private static final double TITLE = 14;

    private final List<JFreeChart> charts;
    private final List<String> titles;
    private final ChartStyle style;

    FacetPanels(List<JFreeChart> charts, List<String> titles, ChartStyle style) {
        this.charts = List.copyOf(charts);
        this.titles = List.copyOf(titles);
        this.style = style;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        int n = charts.size();
        double width = (area.getWidth() - GAP * (n - 1)) / n;
        for (int i = 0; i < n; i++) {
            double x = area.getX() + i * (width + GAP);
            g2.setFont(style.fonts().bold(PlotStyler.LEGEND_PT));
            g2.setPaint(style.text());
            TextUtils.drawAlignedString(titles.get(i), g2, (float) x + 2, (float) (area.getY() + TITLE - 4),
                    TextAnchor.BOTTOM_LEFT);
            charts.get(i).draw(g2, new Rectangle2D.Double(x, area.getY() + TITLE, width, area.getHeight() - TITLE));
        }
    }
}
