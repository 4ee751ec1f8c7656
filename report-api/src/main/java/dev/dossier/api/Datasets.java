package dev.dossier.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Factories for common {@link Dataset} implementations.
 *
 * @since 0.1
 */
public final class Datasets {

    private Datasets() {
    }

    /**
     * A dataset over rows already in memory; its provenance is the distinct provenance of the rows.
     * Rows citing one source (title and URL) with different confidences keep each confidence, so
     * the sources appendix can say that the source states some figures and estimates others.
     *
     * @throws IllegalArgumentException when a row follows another layout, or when there are no
     *                                  rows and therefore no provenance (use {@link #of(DatasetDescriptor, List, List)})
     */
    public static Dataset of(DatasetDescriptor descriptor, List<Row> rows) {
        Map<String, Provenance> sources = new LinkedHashMap<>();
        for (Row row : rows) {
            sources.putIfAbsent(row.provenance().citationKey() + "|" + row.provenance().confidence(), row.provenance());
        }
        return of(descriptor, List.copyOf(sources.values()), rows);
    }

    /**
     * A dataset over rows already in memory, with explicit provenance (which may cover an empty dataset).
     *
     * @throws IllegalArgumentException when {@code provenance} is empty or a row follows another layout
     */
    public static Dataset of(DatasetDescriptor descriptor, List<Provenance> provenance, List<Row> rows) {
        Objects.requireNonNull(descriptor, "descriptor");
        List<Provenance> sources = List.copyOf(provenance);
        List<Row> copy = List.copyOf(rows);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("dataset '" + descriptor.name() + "' has no provenance");
        }
        for (Row row : copy) {
            if (!row.descriptor().equals(descriptor)) {
                throw new IllegalArgumentException("row " + row + " does not follow dataset '" + descriptor.name() + "'");
            }
        }
        return new Dataset() {
            @Override
            public DatasetDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public List<Provenance> provenance() {
                return sources;
            }

            @Override
            public RowCursor rows() {
                return RowCursor.of(copy);
            }
        };
    }
}
