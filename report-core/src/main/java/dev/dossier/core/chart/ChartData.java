package dev.dossier.core.chart;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Row;
import java.util.List;
import java.util.Objects;

/**
 * The rows a chart plots, materialised: a chart needs every point before it can scale its axes.
 *
 * @param descriptor column layout of the rows; never null
 * @param rows       rows in dataset order; may be empty (the chart then shows "No data")
 * @param whenEmpty  the line the chart prints under "No data" when it has no row, e.g. the resolver's
 *                   "No row of this dataset matches the selection {company=Baidu}."; null or blank for
 *                   {@link #NO_ROWS}
 * @since 0.1
 */
public record ChartData(DatasetDescriptor descriptor, List<Row> rows, String whenEmpty) {

    /** What a chart with no row says when nothing more is known: its dataset has none. */
    public static final String NO_ROWS = "The dataset has no rows";

    public ChartData {
        Objects.requireNonNull(descriptor, "descriptor");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        whenEmpty = whenEmpty == null || whenEmpty.isBlank() ? NO_ROWS : whenEmpty;
    }

    /** Rows whose emptiness, if any, is {@link #NO_ROWS}. */
    public ChartData(DatasetDescriptor descriptor, List<Row> rows) {
        this(descriptor, rows, null);
    }
}
