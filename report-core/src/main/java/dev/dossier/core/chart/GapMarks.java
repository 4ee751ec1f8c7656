package dev.dossier.core.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * The "n/a" drawn where a bar has no value, so a missing figure reads as missing rather than as
 * zero or as a bar the eye skips.
 */
final class GapMarks {

    /** Printed in place of a missing bar. */
    static final String MARK = "n/a";

    private GapMarks() {
    }

    /**
     * Draws the mark at the foot of the bar's slot.
     *
     * @param slotStart the bar's start along the category axis (as the renderer would place it)
     * @param slotWidth the bar's width
     */
    static void draw(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot, ValueAxis range, double slotStart,
                     double slotWidth, Font font, Color color) {
        double lower = Math.max(range.getLowerBound(), Math.min(0, range.getUpperBound()));
        double base = range.valueToJava2D(lower, dataArea, plot.getRangeAxisEdge());
        double middle = slotStart + slotWidth / 2;
        g2.setFont(font);
        g2.setPaint(color);
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            TextUtils.drawAlignedString(MARK, g2, (float) (base + 3), (float) middle, TextAnchor.CENTER_LEFT);
        } else {
            TextUtils.drawAlignedString(MARK, g2, (float) middle, (float) (base - 3), TextAnchor.BOTTOM_CENTER);
        }
    }
}
