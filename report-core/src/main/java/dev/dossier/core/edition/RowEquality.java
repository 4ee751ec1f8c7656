package dev.dossier.core.edition;

import dev.dossier.api.Row;

import java.util.Objects;

/** Value equality of rows of one layout: values (BigDecimal scale included), qualifiers, estimate marks, provenance, note. */
final class RowEquality {

    private RowEquality() {
    }

    static boolean same(Row a, Row b) {
        if (!a.descriptor().equals(b.descriptor()) || !a.provenance().equals(b.provenance()) || !a.note().equals(b.note())) {
            return false;
        }
        for (int i = 0; i < a.descriptor().columns().size(); i++) {
            if (!Objects.equals(a.get(i), b.get(i)) || a.qualifier(i) != b.qualifier(i)
                    || a.isEstimated(i) != b.isEstimated(i)) {
                return false;
            }
        }
        return true;
    }

    static int hash(Row row) {
        int h = Objects.hash(row.provenance(), row.note());
        for (int i = 0; i < row.descriptor().columns().size(); i++) {
            h = 31 * h + Objects.hash(row.get(i), row.qualifier(i));
        }
        return h;
    }
}
