package dev.dossier.core.edition;

import dev.dossier.api.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotTest {

    private final SnapshotDataset countries = EditionFixtures.fetch("patents/families-by-country");

    @Test
    void aPrintedFigureIsFoundAmongTheKeptRowsByIdentity() {
        Row printed = countries.rows().get(2);
        SnapshotFigure f = SnapshotFigure.printed("tile", countries.ref(), Map.of("entity", printed.text("entity")),
                "families", countries.rows(), printed);

        assertThat(f.row()).isEqualTo(2);
        Snapshot s = EditionFixtures.edition(null, List.of(countries), List.of(f));
        assertThat(s.row(f)).isSameAs(printed);
        Row elsewhere = EditionFixtures.with(printed, "families", printed.get("families"));
        assertThatThrownBy(() -> SnapshotFigure.printed("tile", countries.ref(), Map.of(), "families", countries.rows(), elsewhere))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tile'");
    }

    @Test
    void aFigureMustNameADatasetColumnAndRowTheSnapshotHolds() {
        int size = countries.rows().size();
        assertThatThrownBy(() -> EditionFixtures.edition(null, List.of(countries),
                List.of(new SnapshotFigure("tile", "patents/top-applicants", Map.of(), "families", 0))))
                .hasMessageContaining("'patents/top-applicants'");
        assertThatThrownBy(() -> EditionFixtures.edition(null, List.of(countries),
                List.of(new SnapshotFigure("tile", countries.ref(), Map.of(), "families", size))))
                .hasMessageContaining("row " + size);
        assertThatThrownBy(() -> EditionFixtures.edition(null, List.of(countries),
                List.of(new SnapshotFigure("tile", countries.ref(), Map.of(), "applicant", 0))))
                .hasMessageContaining("'applicant'");
    }

    @Test
    void parametersAndFiltersAreSortedByName() {
        SnapshotFigure f = new SnapshotFigure("tile", countries.ref(), Map.of("year", "2023", "entity", "x"), "families", 0);
        Snapshot s = Snapshot.of("t.yaml", "", Map.of("locale", "en-US", "edition", "2025-Q2"), "", null,
                List.of(countries), List.of(f));
        assertThat(s.parameters().keySet()).containsExactly("edition", "locale");
        assertThat(f.where().keySet()).containsExactly("entity", "year");
        assertThat(s.formatVersion()).isEqualTo(Snapshot.FORMAT_VERSION);
    }
}
