package dev.dossier.core.resolve;

import dev.dossier.api.Confidence;
import dev.dossier.api.Qualifier;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.api.Row;

import java.math.BigDecimal;

/**
 * The decimals each table column prints, inferred once per column: the most any plain published
 * value of the column has, so "52.9" and "67.22" print as "52.90" and "67.22". Qualified values,
 * estimates and blog-post figures do not raise it: their precision is not the column's.
 */
final class ColumnDecimals {

    private final int[] decimals;

    ColumnDecimals(int columns) {
        this.decimals = new int[columns];
    }

    /** Takes the value in column {@code index} of the row into account for table column {@code c}. */
    void add(int c, Row row, int index) {
        if (row.get(index) instanceof BigDecimal b && row.qualifier(index) == Qualifier.EXACT
                && ConfidenceMarks.confidence(row, index) == Confidence.PUBLISHED) {
            decimals[c] = Math.max(decimals[c], Math.max(0, b.scale()));
        }
    }

    /** The decimals per table column. */
    int[] frozen() {
        return decimals.clone();
    }
}
