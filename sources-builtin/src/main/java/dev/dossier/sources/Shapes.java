package dev.dossier.sources;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DatasetDescriptor;

import java.util.List;

/**
 * Column factories and the column layouts shared by several built-in providers.
 *
 * @since 0.1
 */
public final class Shapes {

    private Shapes() {
    }

    /** A required column. */
    public static Column required(String name, ColumnType type, String unit, String label) {
        return new Column(name, type, unit, label, true);
    }

    /** A column that may be empty (the source does not give the figure, or the row has no such value). */
    public static Column optional(String name, ColumnType type, String unit, String label) {
        return new Column(name, type, unit, label, false);
    }

    /**
     * The layout of an {@code indicators} dataset: figures that do not form a series, one per row.
     *
     * <p>Columns: {@code metric} string (what is measured), {@code entity} string (country, company
     * or body), {@code period} string, optional (as written by the source, e.g. "2014–2023"; empty when the source gives none), {@code value}
     * decimal, optional, no column unit (its unit is in {@code unit}; empty when the figure is a statement or a range; qualifier "~", "&gt;", "up
     * to" as stated), {@code unit} string, optional (unit of {@code value}, per row), {@code detail}
     * string, optional (the statement as written when it says more than the value).
     */
    public static DatasetDescriptor indicators(String description) {
        return new DatasetDescriptor("indicators", description, List.of(
                required("metric", ColumnType.STRING, "", "Metric"),
                required("entity", ColumnType.STRING, "", "Entity"),
                optional("period", ColumnType.STRING, "", "Period"),
                optional("value", ColumnType.DECIMAL, "", "Value"),
                optional("unit", ColumnType.STRING, "", "Unit"),
                optional("detail", ColumnType.STRING, "", "Detail")));
    }
}
