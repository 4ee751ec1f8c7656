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
 * @since 0.1
 */
public record ChartData(DatasetDescriptor descriptor, List<Row> rows) {

    public ChartData {
        Objects.requireNonNull(descriptor, "descriptor");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }
}
