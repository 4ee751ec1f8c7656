package dev.dossier.api;

import java.util.Objects;

/**
 * One typed column of a {@link Dataset}.
 *
 * @param name     identifier used in templates ({@code families}); lower-case, digits, {@code _} or {@code -}
 * @param type     value type; never null
 * @param unit     unit of the values, such as {@code "patent families"}, {@code "USD billion"},
 *                 {@code "TFLOPS"} or {@code "%"}; empty when the values have no unit
 * @param label    human-readable header for tables and axes; defaults to the name
 * @param required whether every row must hold a non-null value; the engine fails a run whose
 *                 provider returns {@code null} in a required column
 * @since 0.1
 */
public record Column(String name, ColumnType type, String unit, String label, boolean required) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!name.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException("column name must be lower-case letters, digits, '_' or '-': " + name);
        }
        unit = unit == null ? "" : unit;
        label = label == null || label.isBlank() ? name : label;
    }

    /** A required column without a unit. */
    public static Column of(String name, ColumnType type, String label) {
        return new Column(name, type, "", label, true);
    }

    /** A copy of this column that allows null values (used for figures the data brief does not have). */
    public Column optional() {
        return new Column(name, type, unit, label, false);
    }

    /** A copy of this column with the given unit. */
    public Column withUnit(String newUnit) {
        return new Column(name, type, newUnit, label, required);
    }
}
