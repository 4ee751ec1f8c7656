package dev.dossier.core.edition;

import dev.dossier.api.Row;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A KPI figure an edition printed, as its tile was bound, with the row that gave its value.
 *
 * <p>Two editions' figures are the same figure when label, dataset ref, filters and value column
 * are equal ({@link #matches(SnapshotFigure)}), so a comparison can show a KPI old → new even
 * when the rows or the template's other blocks changed.
 *
 * @param label  the tile's caption, e.g. "GenAI patent families, China"
 * @param ref    the dataset, {@code source/dataset}
 * @param where  the tile's filters, column → value as written in the template; sorted by column
 * @param column the value column
 * @param row    index of the printed row within the snapshot dataset's rows (0-based)
 * @since 0.1
 */
public record SnapshotFigure(String label, String ref, Map<String, String> where, String column, int row) {

    /** @throws IllegalArgumentException when {@code row} is negative */
    public SnapshotFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(column, "column");
        where = Collections.unmodifiableSortedMap(new TreeMap<>(where == null ? Map.of() : where));
        if (row < 0) {
            throw new IllegalArgumentException("figure '" + label + "': row index must not be negative, not " + row);
        }
    }

    /**
     * The figure that printed {@code printed}, one of {@code rows} (the very object), which are the
     * rows the snapshot keeps for dataset {@code ref}.
     *
     * @throws IllegalArgumentException when {@code printed} is not among {@code rows}
     */
    public static SnapshotFigure printed(String label, String ref, Map<String, String> where, String column,
                                         List<Row> rows, Row printed) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == printed) {
                return new SnapshotFigure(label, ref, where, column, i);
            }
        }
        throw new IllegalArgumentException("figure '" + label + "': its row " + printed + " is not among the rows kept for '"
                + ref + "'");
    }

    /** Whether {@code other} is the same tile: same label, dataset, filters and column (the row may differ). */
    public boolean matches(SnapshotFigure other) {
        return label.equals(other.label) && ref.equals(other.ref) && where.equals(other.where) && column.equals(other.column);
    }
}
