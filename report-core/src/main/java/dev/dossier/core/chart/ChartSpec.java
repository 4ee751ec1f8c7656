package dev.dossier.core.chart;

import java.util.List;
import java.util.Objects;

/**
 * What to draw: the chart type, which columns to plot and how tall the exhibit is.
 *
 * <p>Columns are named as in the dataset's {@link dev.dossier.api.DatasetDescriptor}. Two data
 * shapes are accepted:
 * <ul>
 *   <li><em>wide</em> ({@code series == null}): {@code x} names the category column and every
 *       column in {@code y} becomes one series;</li>
 *   <li><em>long</em> ({@code series != null}): {@code x} names the category, {@code series} a
 *       column whose values name the series, and {@code y.get(0)} the value.</li>
 * </ul>
 * For {@link ChartType#RADAR} the {@code y} columns are the axes and each {@code x} value is one
 * polygon.
 *
 * <p>{@code title} and {@code subtitle} are not drawn inside the chart; the layout prints them
 * above the exhibit. They are kept here so one object describes the exhibit.
 *
 * @param type           chart type; never null
 * @param x              category column; never null
 * @param y              one or more numeric value columns; never empty
 * @param series         column naming the series in long data, or {@code null} for wide data
 * @param title          finding stated by the exhibit; may be null
 * @param subtitle       measure, unit and period; may be null
 * @param valueAxisLabel label of the value axis; {@code null} derives it from the column label and unit
 * @param logScale       whether the value axis is logarithmic (bar and line types only)
 * @param topN           how many categories to keep before folding the rest into "Other";
 *                       {@code null} means 15 for bar types, 8 for pies and no folding for lines
 * @param heightPt       exhibit height in PDF points; 0 or less picks a height suited to the type
 * @param facet          draw each series as a panel of its own, with its own value axis (small
 *                       multiples), for series whose scopes differ; bar and line types only
 * @since 0.1
 */
public record ChartSpec(ChartType type, String x, List<String> y, String series, String title, String subtitle,
                        String valueAxisLabel, boolean logScale, Integer topN, float heightPt, boolean facet) {

    /** A spec drawn on one panel. */
    public ChartSpec(ChartType type, String x, List<String> y, String series, String title, String subtitle,
                     String valueAxisLabel, boolean logScale, Integer topN, float heightPt) {
        this(type, x, y, series, title, subtitle, valueAxisLabel, logScale, topN, heightPt, false);
    }

    public ChartSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(x, "x");
        y = List.copyOf(Objects.requireNonNull(y, "y"));
        if (y.isEmpty()) {
            throw new IllegalArgumentException("chart needs at least one value column (y)");
        }
        if (topN != null && topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, not " + topN);
        }
    }

    /** A one-series chart of {@code y} against {@code x} with default height. */
    public static ChartSpec of(ChartType type, String x, String y) {
        return new ChartSpec(type, x, List.of(y), null, null, null, null, false, null, 0f);
    }

    /** A copy with another type. */
    public ChartSpec withType(ChartType newType) {
        return new ChartSpec(newType, x, y, series, title, subtitle, valueAxisLabel, logScale, topN, heightPt, facet);
    }
}
