package dev.dossier.core.edition;

import dev.dossier.api.Row;
import dev.dossier.core.edition.Changes.Direction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.dossier.core.edition.EditionFixtures.edition;
import static dev.dossier.core.edition.EditionFixtures.with;
import static dev.dossier.core.edition.EditionFixtures.withRows;

/**
 * Two editions of patents/families-by-country: the current one changes two values and drops the
 * last row, all taken from the dataset's own rows (the first row gets the second's figure, the
 * third row the first's).
 */
final class EditedEditions {

    static final LocalDate PREVIOUS = LocalDate.of(2025, 3, 31);
    static final LocalDate CURRENT = LocalDate.of(2025, 6, 30);

    final SnapshotDataset countries = EditionFixtures.fetch("patents/families-by-country");
    final List<Row> rows = countries.rows();
    final Row first = rows.get(0);
    final Row second = rows.get(1);
    final Row third = rows.get(2);
    final Row last = rows.get(rows.size() - 1);
    final List<Row> edited = new ArrayList<>(rows);

    EditedEditions() {
        edited.set(0, with(first, "families", second.get("families")));
        edited.set(2, with(third, "families", first.get("families")));
        edited.remove(edited.size() - 1);
    }

    /** The KPI tile of {@code row}'s country, printing row {@code index}. */
    static SnapshotFigure figure(Row row, int index) {
        String entity = row.text("entity");
        return new SnapshotFigure("GenAI patent families, " + entity, "patents/families-by-country",
                Map.of("entity", entity), "families", index);
    }

    static BigDecimal minus(Object a, Object b) {
        return BigDecimal.valueOf(((Number) a).longValue()).subtract(BigDecimal.valueOf(((Number) b).longValue()));
    }

    static Direction direction(BigDecimal difference) {
        return difference.signum() > 0 ? Direction.UP : difference.signum() < 0 ? Direction.DOWN : Direction.UNCHANGED;
    }

    Snapshot previous() {
        return edition(PREVIOUS, List.of(countries), List.of(figure(first, 0)));
    }

    Snapshot current() {
        return edition(CURRENT, List.of(withRows(countries, edited)), List.of(figure(first, 0)));
    }

    Changes compare() {
        return EditionComparison.compare(previous(), current());
    }
}
