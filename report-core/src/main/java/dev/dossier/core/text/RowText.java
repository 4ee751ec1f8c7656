package dev.dossier.core.text;

import dev.dossier.api.Column;
import dev.dossier.api.Row;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * A row with some of its text values rewritten, everything else — other values, qualifiers,
 * estimate marks, provenance, note — kept.
 *
 * @since 0.4
 */
public final class RowText {

    private RowText() {
    }

    /**
     * The row with {@code change} applied to the string value of each column {@code which} accepts;
     * the same row when no value changes.
     */
    public static Row map(Row row, IntPredicate which, UnaryOperator<String> change) {
        List<Column> columns = row.descriptor().columns();
        Object[] values = new Object[columns.size()];
        boolean changed = false;
        for (int i = 0; i < columns.size(); i++) {
            Object v = row.get(i);
            values[i] = which.test(i) && v instanceof String s ? change.apply(s) : v;
            changed |= !java.util.Objects.equals(values[i], v);
        }
        if (!changed) {
            return row;
        }
        Row.Builder b = Row.builder(row.descriptor()).provenance(row.provenance()).note(row.note());
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (values[i] != null) {
                b.set(name, values[i]);
            }
            b.qualify(name, row.qualifier(i));
            if (row.isMarkedEstimated(i)) {
                b.estimated(name);
            }
        }
        return b.build();
    }
}
