package dev.dossier.sources.json;

import dev.dossier.api.Dataset;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;
import dev.dossier.sources.GenericRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON as Python, JavaScript and spreadsheet exports write it, beyond a plain array of objects. */
class JsonFromOtherProgramsTest {

    private static final String COLUMNS = "country:string, year:year, share?:percent";

    @TempDir
    Path dir;

    private Dataset dataset(String content, Charset charset, Map<String, String> extra) throws Exception {
        Files.write(dir.resolve("data.json"), content.getBytes(charset));
        Map<String, String> options = new HashMap<>(Map.of("file", "data.json", "columns", COLUMNS, "title", "Survey"));
        options.putAll(extra);
        return GenericRead.fetch(new JsonProvider(), options, dir);
    }

    private List<Row> rows(String content, Map<String, String> extra) throws Exception {
        return GenericRead.rows(dataset(content, StandardCharsets.UTF_8, extra));
    }

    @Test
    void nanAndInfinityAreMissingValuesWithAWarningNamingFileLineAndColumn() throws Exception {
        String content = "[\n  {\"country\": \"China\", \"year\": 2024, \"share\": NaN},\n"
                + "  {\"country\": \"India\", \"year\": 2024, \"share\": -Infinity},\n"
                + "  {\"country\": \"Japan\", \"year\": 2024, \"share\": 12.5}\n]";
        Dataset d = dataset(content, StandardCharsets.UTF_8, Map.of());
        List<Row> rows = new ArrayList<>();
        List<String> warnings;
        try (RowCursor c = d.rows()) {
            c.forEachRemaining(rows::add);
            warnings = c.warnings();
        }
        assertThat(rows).extracting(r -> r.text("country")).containsExactly("China", "India", "Japan");
        assertThat(rows.get(0).get("share")).isNull();
        assertThat(rows.get(1).get("share")).isNull();
        assertThat(rows.get(2).get("share")).isEqualTo(new BigDecimal("12.5"));
        String file = dir.resolve("data.json").toString();
        assertThat(warnings).containsExactly(
                file + ":2:47: NaN read as a missing value (column 'share')",
                file + ":3:47: -Infinity read as a missing value (column 'share')");
    }

    @Test
    void nanInARequiredColumnIsAnError() {
        assertThatThrownBy(() -> rows("[{\"country\": \"China\", \"year\": 2024, \"share\": NaN}]",
                Map.of("columns", "country:string, year:year, share:percent")))
                .hasMessageContaining(":1:46: NaN is not a number that can be printed")
                .hasMessageContaining("declare it 'share?'");
    }

    @Test
    void aSingleTopLevelObjectIsOneRow() throws Exception {
        List<Row> rows = rows("{\"country\": \"China\", \"year\": 2024, \"share\": 3.5}", Map.of());
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.text("country")).isEqualTo("China"));
    }

    @Test
    void aDuplicateKeyIsReportedBeforeTheDocumentsShape() {
        // the top level is a number-valued object key further down; the duplicate comes first
        String content = "{\"rows\": 3,\n \"meta\": {\"a\": 1,\n  \"a\": 2}}";
        assertThatThrownBy(() -> rows(content, Map.of("pointer", "/rows")))
                .hasMessageContaining("data.json:3:")
                .hasMessageContaining("key 'a' is given twice in one object (line 3)");
    }

    @Test
    void nestedSeriesReadAsOneDatasetWithTheSeriesKeysOnEveryRow() throws Exception {
        String content = "{\"series\": [\n"
                + "  {\"points\": [{\"year\": 2023, \"share\": 1.5}, {\"year\": 2024, \"share\": 2}], \"country\": \"China\"},\n"
                + "  {\"country\": \"India\", \"unit\": \"%\", \"points\": [{\"year\": 2024, \"share\": 4}]},\n"
                + "  {\"country\": \"Japan\", \"points\": {\"year\": 2024, \"share\": 5, \"country\": \"Japan (est.)\"}}\n]}";
        List<Row> rows = rows(content, Map.of("pointer", "/series/*/points"));
        assertThat(rows).extracting(r -> r.text("country") + " " + r.text("year") + " " + r.get("share"))
                .containsExactly("China 2023 1.5", "China 2024 2", "India 2024 4", "Japan (est.) 2024 5");
    }

    @Test
    void aSeriesWithoutItsRowsIsReportedWhereItStarts() {
        String content = "{\"series\": [\n  {\"country\": \"China\", \"points\": []},\n  {\"country\": \"India\"}\n]}";
        assertThatThrownBy(() -> rows(content, Map.of("pointer", "/series/*/points")))
                .hasMessageContaining("data.json:3:3: JSON pointer '/series/*/points' leads nowhere: no key 'points'");
    }

    @Test
    void twoWildcardsAreAnOptionError() {
        assertThatThrownBy(() -> rows("[]", Map.of("pointer", "/a/*/b/*/c")))
                .isInstanceOf(SourceException.class).hasMessageContaining("option 'pointer'")
                .hasMessageContaining("more than one '*'");
    }

    @Test
    void utf16AndLatin1AreRefusedNamingTheEncoding() {
        String content = "[{\"country\": \"Côte d'Ivoire\", \"year\": 2024}]";
        assertThatThrownBy(() -> GenericRead.rows(dataset(content, StandardCharsets.UTF_16, Map.of())))
                .hasMessageContaining("data.json:1:1: the file is UTF-16");
        assertThatThrownBy(() -> GenericRead.rows(dataset(content, StandardCharsets.ISO_8859_1, Map.of())))
                .hasMessageContaining("data.json:1:16: byte 0xF4 is not UTF-8; the file looks like Latin-1 / Windows-1252,"
                        + " where this byte is 'ô'");
    }
}
