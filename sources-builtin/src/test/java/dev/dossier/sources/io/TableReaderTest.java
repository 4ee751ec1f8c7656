package dev.dossier.sources.io;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;
import dev.dossier.api.UncheckedSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {

    static final DatasetDescriptor COMPANIES = new DatasetDescriptor("companies", "test", List.of(
            new Column("entity", ColumnType.STRING, "", "Entity", true),
            new Column("value", ColumnType.DECIMAL, "companies", "Value", false)));

    static final String HEADER = "entity,value,source_title,source_url,confidence,notes\n";

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static List<Row> readAll(TableInput input) throws SourceException {
        List<Row> rows = new ArrayList<>();
        try (RowCursor cursor = TableReader.open(input, COMPANIES)) {
            cursor.forEachRemaining(rows::add);
        } catch (UncheckedSourceException e) {
            throw e.getCause();
        }
        return rows;
    }

    @Test
    void csvRowsCarryValuesQualifiersProvenanceAndNotes() throws Exception {
        Path file = write("c.csv", HEADER
                + "China,\">5,300\",CAICT via Xinhua,http://example.org/a,published,about 15% of world\n"
                + "World,not found,IFF index,,not found,\n");
        List<Row> rows = readAll(TableInput.file(file));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("value")).isEqualTo(new BigDecimal("5300"));
        assertThat(rows.get(0).qualifier(1)).isEqualTo(Qualifier.MORE_THAN);
        assertThat(rows.get(0).provenance().title()).isEqualTo("CAICT via Xinhua");
        assertThat(rows.get(0).provenance().url()).isEqualTo("http://example.org/a");
        assertThat(rows.get(0).note()).isEqualTo("about 15% of world");
        assertThat(rows.get(1).get("value")).isNull();
        assertThat(rows.get(1).provenance().confidence()).isEqualTo(Confidence.NOT_FOUND);
    }

    @Test
    void malformedCsvValueIsReportedWithFileLineAndColumn() throws Exception {
        Path file = write("bad.csv", HEADER
                + "China,5734,KPMG,http://example.org,published,\n"
                + "India,n/a,KPMG,http://example.org,published,\n");
        assertThatThrownBy(() -> readAll(TableInput.file(file)))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessage(file + ":3:7: 'n/a' is not a decimal (column 'value')");
    }

    @Test
    void malformedJsonValueIsReportedWithFileLineAndColumn() throws Exception {
        Path file = write("bad.json", "[\n"
                + "  {\"entity\": \"China\", \"value\": 1, \"source_title\": \"T\", \"source_url\": \"\", \"confidence\": \"published\"},\n"
                + "  {\"entity\": \"India\", \"value\": \"n/a\", \"source_title\": \"T\", \"source_url\": \"\", \"confidence\": \"published\"}\n"
                + "]\n");
        assertThatThrownBy(() -> readAll(TableInput.file(file)))
                .isInstanceOf(SourceException.class)
                .hasMessage(file + ":3:32: 'n/a' is not a decimal (column 'value')");
    }

    @Test
    void missingDeclaredColumnNamesFileAndColumn() throws Exception {
        Path file = write("short.csv", "entity,source_title,source_url,confidence\nChina,T,,published\n");
        assertThatThrownBy(() -> TableReader.open(TableInput.file(file), COMPANIES))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ":1:1: missing column 'value'");
    }

    @Test
    void missingJsonKeyNamesFileLineAndColumn() throws Exception {
        Path file = write("short.json", "[{\"value\": 3, \"source_title\": \"T\", \"source_url\": \"\", \"confidence\": \"published\"}]");
        assertThatThrownBy(() -> readAll(TableInput.file(file)))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ":1:2: missing column 'entity' in this row");
    }

    @Test
    void jsonMayLeaveOutOptionalColumns() throws Exception {
        Path file = write("opt.json", "[{\"entity\": \"China\", \"source_title\": \"T\", \"source_url\": \"\", \"confidence\": \"published\"}]");
        assertThat(readAll(TableInput.file(file))).singleElement().satisfies(r -> assertThat(r.get("value")).isNull());
    }

    @Test
    void emptyRequiredValueIsAnError() throws Exception {
        Path file = write("req.csv", HEADER + ",12,T,,published,\n");
        assertThatThrownBy(() -> readAll(TableInput.file(file)))
                .isInstanceOf(SourceException.class)
                .hasMessage(file + ":2:1: empty value in required column 'entity' (expected string)");
    }

    @Test
    void unknownConfidenceIsAnError() throws Exception {
        Path file = write("conf.csv", HEADER + "China,12,T,,maybe,\n");
        assertThatThrownBy(() -> readAll(TableInput.file(file)))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ":2:13: 'maybe' is not a confidence");
    }

    @Test
    void rowsAreReadLazilyAndTheFileIsClosedAtTheEnd() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        byte[] bytes = (HEADER + "China,1,T,,published,\nIndia,x,T,,published,\n").getBytes(StandardCharsets.UTF_8);
        TableInput input = new TableInput("mem.csv", TableFormat.CSV, () -> new java.io.ByteArrayInputStream(bytes) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        });
        try (RowCursor cursor = TableReader.open(input, COMPANIES)) {
            // The malformed second row is not touched until asked for.
            assertThat(cursor.next().get("entity")).isEqualTo("China");
            assertThat(closed).isFalse();
            assertThatThrownBy(cursor::hasNext).isInstanceOf(UncheckedSourceException.class)
                    .hasMessageStartingWith("mem.csv:3:7:");
        }
        assertThat(closed).isTrue();
    }

    @Test
    void datasetWithoutRowsIsRefused() throws Exception {
        Path file = write("empty.csv", HEADER);
        assertThatThrownBy(() -> TableDataset.open(TableInput.file(file), COMPANIES))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no rows");
    }

    @Test
    void unreadableResourceIsReported() {
        TableInput input = TableInput.resource(TableReaderTest.class, "no/such/file.csv");
        assertThatThrownBy(() -> TableReader.open(input, COMPANIES))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("no/such/file.csv: cannot read");
    }
}
