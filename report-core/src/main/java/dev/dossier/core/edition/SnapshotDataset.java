package dev.dossier.core.edition;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;

import java.util.List;
import java.util.Objects;

/**
 * One dataset as an edition used it: its descriptor, its sources and the rows the edition used.
 *
 * <p>Rows keep their original order and follow {@code descriptor} (values typed per
 * {@link dev.dossier.api.ColumnType}). Equality compares rows value by value, with qualifiers,
 * estimate marks, row provenance and notes ({@link Row} itself compares by identity).
 *
 * @param ref        {@code source/dataset}, e.g. {@code patents/families-by-country}
 * @param descriptor the dataset's name and columns
 * @param provenance the dataset's distinct sources, in first-use order; never empty
 * @param rows       the rows used, in the dataset's order; may be empty
 * @since 0.1
 */
public record SnapshotDataset(String ref, DatasetDescriptor descriptor, List<Provenance> provenance, List<Row> rows) {

    /**
     * @throws IllegalArgumentException when {@code ref} is not {@code source/dataset}, provenance is
     *                                  empty, or a row follows another descriptor
     */
    public SnapshotDataset {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(descriptor, "descriptor");
        if (ref.indexOf('/') <= 0 || ref.indexOf('/') == ref.length() - 1) {
            throw new IllegalArgumentException("dataset ref must be source/dataset, not '" + ref + "'");
        }
        provenance = List.copyOf(provenance);
        rows = List.copyOf(rows);
        if (provenance.isEmpty()) {
            throw new IllegalArgumentException("dataset '" + ref + "' has no provenance");
        }
        for (Row row : rows) {
            if (!row.descriptor().equals(descriptor)) {
                throw new IllegalArgumentException("row " + row + " does not follow the descriptor of dataset '" + ref + "'");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SnapshotDataset d) || !ref.equals(d.ref) || !descriptor.equals(d.descriptor)
                || !provenance.equals(d.provenance) || rows.size() != d.rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!RowEquality.same(rows.get(i), d.rows.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(ref, descriptor, provenance);
        for (Row row : rows) {
            h = 31 * h + RowEquality.hash(row);
        }
        return h;
    }
}
