package dev.dossier.core.edition;

import dev.dossier.api.Confidence;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.core.edition.Changes.Direction;
import dev.dossier.core.edition.Changes.FigureChange;
import dev.dossier.core.edition.Changes.ProvenanceChange;
import dev.dossier.core.edition.Changes.RowChange;
import dev.dossier.core.edition.Changes.Subject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.dossier.core.edition.EditedEditions.CURRENT;
import static dev.dossier.core.edition.EditedEditions.PREVIOUS;
import static dev.dossier.core.edition.EditedEditions.direction;
import static dev.dossier.core.edition.EditedEditions.figure;
import static dev.dossier.core.edition.EditedEditions.minus;
import static dev.dossier.core.edition.EditionFixtures.edition;
import static dev.dossier.core.edition.EditionFixtures.with;
import static dev.dossier.core.edition.EditionFixtures.withRows;
import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons of two editions; values come from the curated dataset's own rows. */
class EditionComparisonTest {

    private final EditedEditions e = new EditedEditions();
    private final SnapshotDataset countries = e.countries;
    private final List<Row> rows = e.rows;
    private final Row first = e.first;
    private final Row second = e.second;
    private final Row third = e.third;

    @Test
    void twoChangedValuesAndADroppedRowAreExactlyTheChangesFound() {
        Changes changes = e.compare();

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.datasets()).hasSize(1);
        Changes.DatasetChanges d = changes.datasets().get(0);
        assertThat(d.ref()).isEqualTo(countries.ref());
        assertThat(d.keyColumn()).isEqualTo("entity");
        assertThat(d.added()).isEmpty();
        assertThat(d.removed()).containsExactly(e.last);
        assertThat(d.changed()).extracting(RowChange::key).containsExactly(first.text("entity"), third.text("entity"));

        RowChange one = d.changed().get(0);
        assertThat(one.value().column()).isEqualTo("families");
        assertThat(one.value().previous()).isSameAs(first);
        assertThat(one.value().current()).isSameAs(e.edited.get(0));
        assertThat(one.value().current().get("families")).isEqualTo(second.get("families"));
        BigDecimal down = minus(second.get("families"), first.get("families"));
        assertThat(one.value().difference()).isEqualByComparingTo(down);
        assertThat(one.value().direction()).isEqualTo(direction(down));

        RowChange two = d.changed().get(1);
        assertThat(two.value().previous()).isSameAs(third);
        BigDecimal up = minus(first.get("families"), third.get("families"));
        assertThat(two.value().difference()).isEqualByComparingTo(up);
        assertThat(two.value().direction()).isEqualTo(direction(up));

        assertThat(changes.addedDatasets()).isEmpty();
        assertThat(changes.droppedDatasets()).isEmpty();
        assertThat(changes.provenance()).isEmpty();
        assertThat(changes.previousEdition()).isEqualTo(PREVIOUS);
        assertThat(changes.currentEdition()).isEqualTo(CURRENT);
    }

    @Test
    void aKpiFigureShowsOldAndNewFromTheTwoSnapshots() {
        Changes changes = e.compare();

        assertThat(changes.figures()).hasSize(1);
        FigureChange f = changes.figures().get(0);
        assertThat(f.figure().label()).isEqualTo(figure(first, 0).label());
        assertThat(f.value().previous().get("families")).isEqualTo(first.get("families"));
        assertThat(f.value().current().get("families")).isEqualTo(second.get("families"));
        assertThat(f.value().changed()).isTrue();
        assertThat(f.value().direction()).isEqualTo(direction(minus(second.get("families"), first.get("families"))));
        assertThat(changes.newFigures()).isEmpty();
        assertThat(changes.goneFigures()).isEmpty();
    }

    @Test
    void figuresAreMatchedOnLabelDatasetFiltersAndColumn() {
        Snapshot previous = edition(PREVIOUS, List.of(countries), List.of(figure(first, 0), figure(second, 1)));
        Snapshot current = edition(CURRENT, List.of(countries), List.of(figure(second, 1), figure(third, 2)));

        Changes changes = EditionComparison.compare(previous, current);

        assertThat(changes.figures()).extracting(c -> c.figure().label()).containsExactly(figure(second, 1).label());
        assertThat(changes.figures().get(0).value().changed()).isFalse();
        assertThat(changes.figures().get(0).value().direction()).isEqualTo(Direction.UNCHANGED);
        assertThat(changes.newFigures()).extracting(c -> c.figure().label()).containsExactly(figure(third, 2).label());
        assertThat(changes.newFigures().get(0).row()).isSameAs(third);
        assertThat(changes.goneFigures()).extracting(c -> c.figure().label()).containsExactly(figure(first, 0).label());
        assertThat(changes.goneFigures().get(0).row()).isSameAs(first);
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void theSameDataInANewEditionIsNoChange() {
        Snapshot previous = edition(PREVIOUS, List.of(countries), List.of(figure(first, 0)));
        Snapshot current = edition(CURRENT, List.of(EditionFixtures.fetch(countries.ref())), List.of(figure(first, 0)));

        Changes changes = EditionComparison.compare(previous, current);

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.figures()).hasSize(1);
        assertThat(changes.datasets()).allMatch(Changes.DatasetChanges::isEmpty);
    }

    @Test
    void datasetsUsedByOnlyOneEditionAreAddedOrDropped() {
        SnapshotDataset years = EditionFixtures.fetch("patents/families-by-year");
        SnapshotDataset applicants = EditionFixtures.fetch("patents/top-applicants");
        Snapshot previous = edition(PREVIOUS, List.of(countries, years), List.of());
        Snapshot current = edition(CURRENT, List.of(countries, applicants), List.of());

        Changes changes = EditionComparison.compare(previous, current);

        assertThat(changes.addedDatasets()).containsExactly(applicants.ref());
        assertThat(changes.droppedDatasets()).containsExactly(years.ref());
        assertThat(changes.datasets()).extracting(Changes.DatasetChanges::ref).containsExactly(countries.ref());
    }

    @Test
    void aRowWhoseConfidenceChangedIsListedOnceAsAProvenanceChange() {
        Provenance was = first.provenance();
        Provenance estimate = new Provenance(was.title(), was.publisher(), was.url(), was.asOf(), Confidence.ESTIMATE);
        List<Row> current = new ArrayList<>(rows);
        current.set(0, EditionFixtures.citing(first, estimate));

        Changes changes = EditionComparison.compare(edition(PREVIOUS, List.of(countries), List.of(figure(first, 0))),
                edition(CURRENT, List.of(withRows(countries, current)), List.of(figure(first, 0))));

        assertThat(changes.provenance()).containsExactly(
                new ProvenanceChange(Subject.FIGURE, countries.ref(), figure(first, 0).label(), was, estimate),
                new ProvenanceChange(Subject.ROW, countries.ref(), first.text("entity"), was, estimate));
        assertThat(changes.datasets().get(0).changed()).isEmpty();
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void rowsSharingAKeyAreMatchedInOrder() {
        Row twin = with(first, "families", second.get("families"));
        Row changedTwin = with(first, "families", third.get("families"));
        Snapshot previous = edition(PREVIOUS, List.of(withRows(countries, List.of(first, twin))), List.of());
        Snapshot current = edition(CURRENT, List.of(withRows(countries, List.of(first, changedTwin))), List.of());

        Changes.DatasetChanges d = EditionComparison.compare(previous, current).datasets().get(0);

        assertThat(d.added()).isEmpty();
        assertThat(d.removed()).isEmpty();
        assertThat(d.changed()).extracting(RowChange::key).containsExactly(first.text("entity") + " (2)");
        assertThat(d.changed().get(0).value().current()).isSameAs(changedTwin);
    }
}
