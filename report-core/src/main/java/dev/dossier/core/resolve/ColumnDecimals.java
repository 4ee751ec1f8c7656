package dev.dossier.core.resolve;

import dev.dossier.api.Confidence;
import dev.dossier.api.Qualifier;
import dev.dossier.core.format.ColumnPrecision;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.api.Row;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The decimals each table column prints, decided once per column by {@link ColumnPrecision}: the
 * template's declared decimals for the column, else inferred from the values (the plain published
 * ones first, since an estimate's precision is not the column's).
 */
final class ColumnDecimals {

    private final ColumnPrecision[] columns;
    private final Integer[] declared;

    /** @param declared decimals the template declares, per table column (null where none) */
    ColumnDecimals(Integer[] declared) {
        this.declared = declared.clone();
        this.columns = new ColumnPrecision[declared.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ColumnPrecision();
        }
    }

    /** The declared decimals of {@code names} (table columns, in order) from a template's {@code decimals:} map. */
    static Integer[] declared(java.util.List<String> names, Map<String, Integer> decimals) {
        return names.stream().map(decimals::get).toArray(Integer[]::new);
    }

    /** Takes the value in column {@code index} of the row into account for table column {@code c}. */
    void add(int c, Row row, int index) {
        if (row.get(index) instanceof BigDecimal b) {
            columns[c].add(b, plain(row, index));
        }
    }

    /** Whether the value is exact and published: the values a column's decimals are padded and rounded to. */
    static boolean plain(Row row, int index) {
        return row.qualifier(index) == Qualifier.EXACT && ConfidenceMarks.confidence(row, index) == Confidence.PUBLISHED;
    }

    /** Whether the template declares table column {@code c}'s decimals (plain values are then padded to them). */
    boolean declared(int c) {
        return declared[c] != null;
    }

    /** Per table column, whether its decimals are declared. */
    boolean[] declaredColumns() {
        boolean[] out = new boolean[declared.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = declared[i] != null;
        }
        return out;
    }

    /** The decimals per table column. */
    int[] frozen() {
        int[] out = new int[columns.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = declared[i] != null ? declared[i] : columns[i].decimals();
        }
        return out;
    }
}
