package dev.dossier.core.edition;

import dev.dossier.api.Dataset;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotDatasetsTest {

    private final SnapshotDataset countries = EditionFixtures.fetch("patents/families-by-country");
    private final SnapshotDataset years = EditionFixtures.fetch("patents/families-by-year");
    private final SnapshotDatasets served = new SnapshotDatasets(
            EditionFixtures.edition(null, List.of(countries, years), List.of()), "briefing.snapshot.json");

    private static List<Row> read(Dataset d) {
        List<Row> out = new ArrayList<>();
        try (RowCursor cursor = d.rows()) {
            cursor.forEachRemaining(out::add);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out;
    }

    @Test
    void servesEachDatasetWithItsDescriptorProvenanceAndRows() {
        Dataset d = served.dataset(countries.ref());
        assertThat(d.descriptor()).isEqualTo(countries.descriptor());
        assertThat(d.provenance()).isEqualTo(countries.provenance());
        assertThat(read(d)).containsExactlyElementsOf(countries.rows());
        assertThat(served.refs()).containsExactly(countries.ref(), years.ref());
    }

    @Test
    void everyCallToRowsStartsAgainFromTheFirstRow() {
        Dataset d = served.dataset(years.ref());
        assertThat(read(d)).containsExactlyElementsOf(years.rows());
        assertThat(read(d)).containsExactlyElementsOf(years.rows());
    }

    @Test
    void anUnknownDatasetNamesTheRefAndTheSnapshotFile() {
        assertThat(served.find("patents/top-applicants")).isEmpty();
        assertThatThrownBy(() -> served.dataset("patents/top-applicants")).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SNAPSHOT_UNKNOWN_DATASET);
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("briefing.snapshot.json: ").contains("'patents/top-applicants'")
                    .contains(countries.ref()).contains(years.ref());
        });
    }
}
