package dev.dossier.sources;

import dev.dossier.api.DataSource;
import dev.dossier.api.Dataset;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.sources.patents.PatentsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirOverrideTest {

    @TempDir
    Path base;

    DataSource open() throws SourceException {
        return new PatentsProvider().open(SourceContext.of(new SourceOptions(Map.of("data-dir", "mydata"), base)));
    }

    static List<Row> rows(Dataset data) throws SourceException {
        List<Row> rows = new ArrayList<>();
        try (RowCursor cursor = data.rows()) {
            cursor.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void userCsvReplacesTheBuiltInDataset() throws Exception {
        Files.createDirectories(base.resolve("mydata"));
        Files.writeString(base.resolve("mydata/families-by-country.csv"),
                "entity,families,source_title,source_url,confidence\nAtlantis,\"1,234\",My survey,,estimate\n");
        try (DataSource source = open()) {
            List<Row> rows = rows(source.fetch("families-by-country"));
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.get("entity")).isEqualTo("Atlantis");
                assertThat(r.get("families")).isEqualTo(1234L);
                assertThat(r.provenance().title()).isEqualTo("My survey");
            });
            // Datasets without a user file stay built-in.
            assertThat(rows(source.fetch("top-applicants"))).hasSize(10);
        }
    }

    @Test
    void userJsonReplacesTheBuiltInDataset() throws Exception {
        Files.createDirectories(base.resolve("mydata"));
        Files.writeString(base.resolve("mydata/top-applicants.json"), """
                [{"rank": 1, "applicant": "Acme", "families": 7,
                  "source_title": "Acme annual report", "source_url": "https://example.org", "confidence": "published"}]
                """);
        try (DataSource source = open()) {
            Dataset data = source.fetch("top-applicants");
            assertThat(data.provenance()).singleElement()
                    .satisfies(p -> assertThat(p.url()).isEqualTo("https://example.org"));
            assertThat(rows(data)).singleElement().satisfies(r -> {
                assertThat(r.get("applicant")).isEqualTo("Acme");
                assertThat(r.get("applicant_zh")).isNull();
                assertThat(r.get("families")).isEqualTo(7L);
            });
        }
    }

    @Test
    void dataDirThatIsNotAFolderIsBadInput() {
        assertThatThrownBy(this::open)
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageContaining("is not a folder");
    }

    @Test
    void unknownDatasetListsTheAvailableOnes() throws Exception {
        try (DataSource source = new PatentsProvider().open(SourceContext.of(SourceOptions.none()))) {
            assertThatThrownBy(() -> source.fetch("by-contry"))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("no dataset 'by-contry'")
                    .hasMessageContaining("families-by-country");
        }
    }
}
