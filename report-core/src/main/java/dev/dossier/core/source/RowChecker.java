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
        List<Column> columns = expected.columns();
        List<Column> actual = row.descriptor().columns();
        if (actual.size() != columns.size()) {
            return "has " + actual.size() + " columns " + names(actual) + ", expected " + columns.size() + " " + names(columns);
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (!actual.get(i).name().equals(c.name())) {
                return "column " + (i + 1) + " is '" + actual.get(i).name() + "', expected '" + c.name() + "'";
            }
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

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
