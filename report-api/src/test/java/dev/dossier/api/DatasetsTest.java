package dev.dossier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetsTest {

    private static final DatasetDescriptor COUNTS = new DatasetDescriptor("counts", "things per year",
            List.of(Column.of("year", ColumnType.YEAR, "Year"), Column.of("count", ColumnType.INTEGER, "Count")));

    @Test
    void rowsCitingOneSourceWithTwoConfidencesKeepBothInTheDatasetsProvenance() {
        Provenance stated = new Provenance("Register", "Office", "https://example.org/r", "2024", Confidence.PUBLISHED);
        Provenance estimated = new Provenance("Register", "Office", "https://example.org/r", "2024", Confidence.ESTIMATE);
        List<Row> rows = List.of(
                Row.builder(COUNTS).set("year", 2023).set("count", 5L).provenance(stated).build(),
                Row.builder(COUNTS).set("year", 2024).set("count", 8L).provenance(estimated).build(),
                Row.builder(COUNTS).set("year", 2025).set("count", 9L).provenance(estimated).build());

        assertThat(Datasets.of(COUNTS, rows).provenance()).extracting(Provenance::confidence)
                .containsExactly(Confidence.PUBLISHED, Confidence.ESTIMATE);
    }
}
