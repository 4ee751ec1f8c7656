package dev.dossier.core.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A linear value axis whose outermost gridlines enclose every value, with room beyond the
 * largest (and the most negative) value for the value label drawn there.
 *
 * <p>JFreeChart's auto range adds a share of the range as margin but puts ticks only at round
 * numbers inside it, so a bar of 103 on an axis auto-ranged to 118 rises above the top
 * gridline at 100 and reads as clipped. Once the tick unit is chosen for the drawing area, this
 * axis moves its upper bound to the first tick at or above {@code max + labelExtentPt} (the
 * label's extent converted from points to axis units for that area), and its lower bound, when
 * the data go below zero, to the first tick at or below {@code min - labelExtentPt}. Bounds
 * that are already round (zero for bars) stay. The room is capped at {@value #MAX_EXTENT_SHARE}
 * of the axis length, for plots squeezed by long category labels.
 *
 * <p>The data bounds come from the plot ({@link ValueAxisPlot#getDataRange}), so stacked bars
 * count their totals. Not thread-safe, like every JFreeChart axis.
 */
final class HeadroomAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    /** Rounds of unit choice and bound snapping; the unit rarely changes after the first. */
    private static final int ROUNDS = 3;
    /** Most of the axis length a label's room may take (a squeezed plot keeps its bars readable). */
    static final double MAX_EXTENT_SHARE = 0.25;

    private final double labelExtentPt;

    /**
     * @param label         the axis label with unit; may be null or empty
     * @param labelExtentPt points a value label needs beyond a bar's end (its height for upright
     *                      bars, its width for horizontal ones, plus the gap); 0 when values are
     *                      not labelled
     */
    HeadroomAxis(String label, double labelExtentPt) {
        super(label);
        this.labelExtentPt = Math.max(0, labelExtentPt);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (isAutoRange()) {
            autoAdjustRange(); // start from the auto range on every draw, so bounds never creep
        }
        super.selectAutoTickUnit(g2, dataArea, edge);
        Range data = dataRange();
        double lengthPt = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
        if (data == null || !isAutoRange() || lengthPt <= 0) {
            return;
        }
        for (int round = 0; round < ROUNDS; round++) {
            Range current = getRange();
            double perPt = current.getLength() / lengthPt;
            double unit = ((NumberTickUnit) getTickUnit()).getSize();
            double extent = Math.min(labelExtentPt, MAX_EXTENT_SHARE * lengthPt) * perPt;
            double upper = Math.ceil((data.getUpperBound() + extent) / unit - 1e-9) * unit;
            double lower = data.getLowerBound() < 0
                    ? Math.floor((data.getLowerBound() - extent) / unit + 1e-9) * unit
                    : current.getLowerBound();
            upper = Math.max(upper, data.getUpperBound());
            if (upper <= lower) {
                return;
            }
            Range next = new Range(lower, upper);
            if (next.equals(current)) {
                return;
            }
            setRange(next, false, false);
            super.selectAutoTickUnit(g2, dataArea, edge);
        }
    }

    /** The plot's data bounds on this axis; null when there is no plot or no value. */
    private Range dataRange() {
        Plot plot = getPlot();
        if (!(plot instanceof ValueAxisPlot p)) {
            return null;
        }
        Range r = p.getDataRange(this);
        return r == null || Double.isNaN(r.getUpperBound()) ? null : r;
    }
}
