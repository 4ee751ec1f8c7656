package dev.dossier.core.data;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetCacheTest {

    private static final DatasetDescriptor D = new DatasetDescriptor("rows", "", List.of(Column.of("n", ColumnType.INTEGER, "N")));
    private static final Provenance P = new Provenance("Src", "", "", "", Confidence.PUBLISHED);

    /** A fetcher that counts its calls and serves one row holding the call's number. */
    private static final class Counting implements DatasetFetcher {
        final List<String> fetched = new ArrayList<>();

        @Override
        public Dataset fetch(DataBinding b) {
            fetched.add(b.ref());
            return StoredDataset.of(D, List.of(P), List.of(Row.builder(D).set("n", fetched.size()).provenance(P).build()));
        }
    }

    private static ReportDefinition template(Path dir, Map<String, Map<String, String>> sources) {
        return new ReportDefinition(dir.resolve("t.yaml"), "T", null, null, null, null, null, Map.of(), sources,
                List.of(new Section("S", "", List.of(), null)));
    }

    private static int first(DatasetFetcher f, DataBinding b) {
        try (ReportData data = new ReportData(f)) {
            return data.first(b).orElseThrow().number("n").intValue();
        }
    }

    private static final DataBinding A = new DataBinding("a", "rows", null, null, null, null);
    private static final DataBinding B = new DataBinding("b", "rows", null, null, null, null);

    @Test
    void aDatasetIsReadOnceAcrossRunsUntilAFileItsOptionsNameChanges(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("a.csv"), "n\n1\n");
        ReportDefinition def = template(dir, Map.of("a", Map.of("provider", "csv", "file", "a.csv"),
                "b", Map.of("data-dir", "data")));
        Counting live = new Counting();
        try (DatasetCache cache = new DatasetCache()) {
            assertThat(first(cache.over(def, live), A)).isEqualTo(1);
            assertThat(first(cache.over(def, live), B)).isEqualTo(2);
            assertThat(first(cache.over(def, live), A)).isEqualTo(1);
            assertThat(live.fetched).containsExactly("a/rows", "b/rows");

            // a file saved in b's folder drops b only; a's file drops a only
            assertThat(cache.invalidate(List.of(dir.resolve("data/rows.csv")))).containsExactly("b/rows");
            assertThat(first(cache.over(def, live), A)).isEqualTo(1);
            assertThat(first(cache.over(def, live), B)).isEqualTo(3);
            assertThat(cache.invalidate(List.of(dir.resolve("a.csv")))).containsExactly("a/rows");
            assertThat(cache.invalidate(List.of(dir.resolve("t.yaml")))).isEmpty();
            assertThat(cache.fetches()).isEqualTo(3);
        }
    }

    @Test
    void changedOptionsReadTheDatasetAgain(@TempDir Path dir) {
        Counting live = new Counting();
        try (DatasetCache cache = new DatasetCache()) {
            first(cache.over(template(dir, Map.of("a", Map.of("limit", "1"))), live), A);
            first(cache.over(template(dir, Map.of("a", Map.of("limit", "2"))), live), A);
            first(cache.over(template(dir, Map.of("a", Map.of("limit", "2"))), live), A);
            assertThat(live.fetched).hasSize(2);
        }
    }
}
