package dev.dossier.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The name, purpose and column layout of a dataset a provider offers.
 *
 * <p>Descriptors are known before any data is fetched, so templates can be validated
 * ({@code dossier validate}) without contacting a source.
 *
 * @param name        dataset name, unique within its provider, e.g. {@code families-by-country}
 * @param description one sentence saying what a row is, e.g. "GenAI patent families by inventor location, 2014–2023"
 * @param columns     the columns in order; never empty
 * @since 0.1
 */
public record DatasetDescriptor(String name, String description, List<Column> columns) {

    public DatasetDescriptor {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("dataset '" + name + "' declares no columns");
        }
        long distinct = columns.stream().map(Column::name).distinct().count();
        if (distinct != columns.size()) {
            throw new IllegalArgumentException("dataset '" + name + "' declares a column name twice");
        }
    }

    /** The column with this name, if declared. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The position of the named column, or -1 when it is not declared. */
    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }
}
