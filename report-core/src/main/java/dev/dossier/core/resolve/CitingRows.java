package dev.dossier.core.resolve;

import dev.dossier.api.Confidence;
import dev.dossier.api.Row;

/**
 * Decides whether a printed row cites its source for an exhibit or table.
 *
 * <p>A row cites its source only when it prints a value from it: at least one of the cells the
 * block prints (an exhibit's plotted value columns, a table's columns) holds a value. A row all
 * of whose plotted values are missing is drawn as a gap ("n/a"), which states nothing the source
 * said. A row whose confidence is {@link Confidence#NOT_FOUND} was not found in any source: the
 * source named on it (often a neighbouring row's, kept for reference) is not cited for it.
 */
final class CitingRows {

    private CitingRows() {
    }

    /**
     * @param row     a row the block prints; never null
     * @param printed the indexes of the cells the block prints (-1 entries are ignored)
     * @return whether {@code row} cites {@code row.provenance()} for the block
     */
    static boolean cites(Row row, int... printed) {
        if (row.provenance().confidence() == Confidence.NOT_FOUND) {
            return false;
        }
        for (int i : printed) {
            if (i >= 0 && row.get(i) != null) {
                return true;
            }
        }
        return false;
    }
}
