package dev.dossier.core.flagship;

import dev.dossier.api.Confidence;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import dev.dossier.core.format.ColumnPrecision;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.core.template.Block;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The decimals a table's columns print, by the rule of {@link ColumnPrecision}, for tests that read tables back. */
final class TableDecimals {

    private TableDecimals() {
    }

    /** Whether a value is exact and published: the values a column is padded and rounded to. */
    static boolean plain(Row row, int i) {
        return row.qualifier(i) == Qualifier.EXACT && ConfidenceMarks.confidence(row, i) == Confidence.PUBLISHED;
    }

    /** Whether the table declares the column's decimals (plain values are then padded to them). */
    static boolean declared(Block.Table table, String column) {
        return table.decimals().containsKey(column);
    }

    /** Column name → decimals, for the table's shown columns over its rows. */
    static Map<String, Integer> of(Block.Table table, List<Row> rows) {
        Map<String, Integer> out = new HashMap<>();
        for (String column : table.columns()) {
            ColumnPrecision p = new ColumnPrecision();
            for (Row row : rows) {
                int i = row.descriptor().indexOf(column);
                if (row.get(i) instanceof BigDecimal b) {
                    p.add(b, plain(row, i));
                }
            }
            out.put(column, table.decimals().getOrDefault(column, p.decimals()));
        }
        return out;
    }
}
