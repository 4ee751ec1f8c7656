package dev.dossier.core.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.Drawable;

/**
 * What an exhibit shows when there is nothing to plot: a light panel saying "No data" and why,
 * so the reader sees a deliberate statement rather than an empty box.
 */
final class NoDataPanel implements Drawable {

    static final String TEXT = "No data";

    private final ChartStyle style;
    private final String reason;

    /** @param reason one short line under "No data", e.g. "The dataset has no rows"; may be empty */
    NoDataPanel(ChartStyle style, String reason) {
        this.style = style;
        this.reason = reason == null ? "" : reason;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(new java.awt.Color(0xF4, 0xF4, 0xF4));
        g2.fill(area);
        g2.setPaint(style.grid());
        g2.setStroke(PlotStyler.HAIRLINE);
        g2.draw(new Rectangle2D.Double(area.getX() + 0.25, area.getY() + 0.25, area.getWidth() - 0.5, area.getHeight() - 0.5));
        Font big = style.fonts().bold(11f);
        Font small = style.fonts().regular(PlotStyler.TICK_PT);
        double cy = area.getCenterY() - (reason.isEmpty() ? 0 : 6);
        centre(g2, TEXT, big, area.getCenterX(), cy);
        if (!reason.isEmpty()) {
            centre(g2, reason, small, area.getCenterX(), cy + 14);
        }
    }

    private void centre(Graphics2D g2, String text, Font font, double cx, double cy) {
        g2.setFont(font);
        g2.setPaint(style.muted());
        FontMetrics m = g2.getFontMetrics();
        float x = (float) (cx - m.stringWidth(text) / 2.0);
        float y = (float) (cy + (m.getAscent() - m.getDescent()) / 2.0);
        g2.drawString(text, x, y);
    }
}
