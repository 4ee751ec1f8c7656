package dev.dossier.core.source;

import dev.dossier.api.Column;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Row;
import java.util.List;

/**
 * Checks that a row a provider returned follows its dataset's columns: same layout, values
 * of each column's type, no {@code null} in a required column, a provenance with a title.
 *
 * <p>{@link Row.Builder} already checks types against the layout the provider built the row
 * with; this catches rows built with another layout than the dataset declares.
 */
final class RowChecker {

    private RowChecker() {
    }

    /** What is wrong with the row, or {@code null} when it is fine. */
    static String problem(Row row, DatasetDescriptor expected) {
        if (row == null) {
            return "the provider returned null instead of a row";
        }
        // a retyped column shows in the values below, with the value that does not fit
        String layout = columnsProblem(row.descriptor(), expected);
        if (layout != null) {
            return layout;
        }
        List<Column> columns = expected.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Object value = row.get(i);
            if (value == null && c.required()) {
                return "required column '" + c.name() + "' is null";
            }
            if (!c.type().accepts(value)) {
                return "column '" + c.name() + "' holds " + c.type().id() + " values, got "
                        + value.getClass().getSimpleName() + " '" + value + "'";
            }
        }
        if (row.provenance() == null || row.provenance().title().isBlank()) {
            return "has no provenance";
        }
        return null;
    }

    /**
     * How {@code actual}'s columns differ from {@code expected}'s (a missing, extra, renamed or
     * retyped column, or a required column made optional), naming the first such column; {@code null} when they agree.
     */
    static String layoutProblem(DatasetDescriptor actual, DatasetDescriptor expected) {
        String columns = columnsProblem(actual, expected);
        if (columns != null || actual == expected) {
            return columns;
        }
        for (int i = 0; i < expected.columns().size(); i++) {
            Column w = expected.columns().get(i);
            Column g = actual.columns().get(i);
            if (g.type() != w.type()) {
                return "column '" + w.name() + "' is " + g.type().id() + ", declared " + w.type().id();
            }
            if (w.required() && !g.required()) {
                return "column '" + w.name() + "' is optional, declared required";
            }
        }
        return null;
    }

    /** A missing, undeclared or misplaced column, named; {@code null} when the names agree in order. */
    private static String columnsProblem(DatasetDescriptor actual, DatasetDescriptor expected) {
        List<Column> want = expected.columns();
        List<Column> got = actual.columns();
        if (actual == expected || got.equals(want)) {
            return null; // the common case, once per row: rows built with the declared descriptor
        }
        for (Column c : want) {
            if (actual.column(c.name()).isEmpty()) {
                return "column '" + c.name() + "' is missing (columns are " + names(got) + ", expected " + names(want) + ")";
            }
        }
        for (Column c : got) {
            if (expected.column(c.name()).isEmpty()) {
                return "column '" + c.name() + "' is not declared (columns are " + names(got) + ", expected " + names(want) + ")";
            }
        }
        for (int i = 0; i < want.size(); i++) {
            Column w = want.get(i);
            Column g = got.get(i);
            if (!g.name().equals(w.name())) {
                return "column " + (i + 1) + " is '" + g.name() + "', expected '" + w.name() + "'";
            }
        }
        return null;
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
