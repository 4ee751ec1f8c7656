package dev.dossier.sources.json;

import dev.dossier.api.Row;
import dev.dossier.api.SourceException;
import dev.dossier.sources.GenericRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonProviderTest {

    static final String COLUMNS = "country:string, year:year, usd_billion:money:USD billion";
    static final String ROWS = "[\n  {\"country\": \"China\", \"year\": 2024, \"usd_billion\": 1.5},\n"
            + "  {\"country\": \"India\", \"year\": \"2023\", \"usd_billion\": \"$20\"}\n]";

    final JsonProvider provider = new JsonProvider();

    @TempDir
    Path dir;

    Path file;

    List<Row> read(String content, Map<String, String> extra) throws Exception {
        file = dir.resolve("data.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return read(extra);
    }

    List<Row> read(Map<String, String> extra) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("file", "data.json", "columns", COLUMNS, "title", "Customs 2024"));
        options.putAll(extra);
        return GenericRead.rows(provider, options, dir);
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("top-level array", ROWS, ""),
                Arguments.of("pointer into a document", "{\"meta\": {\"n\": [1, {\"a\": 2}]}, \"data\": {\"items\": " + ROWS + "}}",
                        "/data/items"),
                Arguments.of("pointer with an index", "{\"pages\": [[], " + ROWS + "]}", "/pages/1"),
                Arguments.of("byte-order mark", "\uFEFF" + ROWS, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void rowsAreReadFromTheArrayOrWhereThePointerLeads(String shape, String content, String pointer) throws Exception {
        List<Row> rows = read(content, pointer.isEmpty() ? Map.of() : Map.of("pointer", pointer));
        assertThat(rows).extracting(r -> r.text("country")).containsExactly("China", "India");
        assertThat(rows).extracting(r -> r.get("year")).containsExactly(2024, 2023);
        assertThat(rows).extracting(r -> (BigDecimal) r.get("usd_billion"))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1.5"), new BigDecimal("20"));
    }

    @Test
    void jsonNumbersIgnoreTheLocaleButStringsFollowIt() throws Exception {
        List<Row> rows = read("[{\"country\": \"A\", \"year\": 2024, \"usd_billion\": 1234.5},"
                + " {\"country\": \"B\", \"year\": 2024, \"usd_billion\": \"1.234,5\"}]", Map.of("locale", "de-DE"));
        assertThat(rows).extracting(r -> ((BigDecimal) r.get("usd_billion")).stripTrailingZeros().toPlainString())
                .containsExactly("1234.5", "1234.5");
    }

    @Test
    void pointerThatLeadsNowhereSaysWhere() {
        assertThatThrownBy(() -> read("{\n  \"data\": {\"rows\": []}\n}", Map.of("pointer", "/data/items")))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessage(dir.resolve("data.json") + ":2:11: JSON pointer '/data/items' leads nowhere: no key 'items' in the object");
    }

    @Test
    void pointerToSomethingOtherThanAnArrayIsAnError() {
        assertThatThrownBy(() -> read("{\"data\": {\"items\": 3}}", Map.of("pointer", "/data/items")))
                .hasMessageContaining("expected a JSON array of objects (or one object, read as one row) at '/data/items', found a number");
    }

    @Test
    void duplicateKeyIsAnErrorNamingFileKeyAndLine() {
        String content = "[\n  {\"country\": \"China\", \"year\": 2024, \"usd_billion\": 1.5},\n"
                + "  {\"country\": \"India\", \"year\": 2023,\n   \"year\": 2022, \"usd_billion\": 20}\n]";
        assertThatThrownBy(() -> read(content, Map.of()))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageStartingWith(dir.resolve("data.json") + ":4:")
                .hasMessageContaining("key 'year' is given twice in one object (line 4)");
    }

    @Test
    void unknownFieldsAreIgnoredOrRejected() throws Exception {
        String content = "[{\"country\": \"China\", \"year\": 2024, \"usd_billion\": 1.5,\n  \"extra\": {\"nested\": [1, 2]}}]";
        assertThat(read(content, Map.of())).hasSize(1);
        assertThatThrownBy(() -> read(content, Map.of("unknown-fields", "reject")))
                .hasMessageStartingWith(dir.resolve("data.json") + ":2:12: unknown column 'extra' (declared: country, year, usd_billion;");
    }

    @Test
    void nestedValueInADeclaredColumnIsAnError() {
        assertThatThrownBy(() -> read("[{\"country\": [\"China\"], \"year\": 2024, \"usd_billion\": 1.5}]", Map.of()))
                .hasMessageEndingWith(":1:14: expected text or a number in 'country', found an array");
    }

    @Test
    void malformedValueIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> read("[\n  {\"country\": \"China\", \"year\": \"twenty\", \"usd_billion\": 1}\n]", Map.of()))
                .hasMessage(dir.resolve("data.json") + ":2:32: 'twenty' is not a year (expected four digits, e.g. 2025) (column 'year')");
    }

    // Hostile documents: each must fail fast with a located, bounded message instead of exhausting memory or stack.

    @Test
    void deepNestingIsRefused() {
        int depth = 100_000;
        String content = "[{\"country\": \"China\", \"year\": 2024, \"usd_billion\": 1, \"x\": "
                + "[".repeat(depth) + "]".repeat(depth) + "}]";
        assertThatThrownBy(() -> read(content, Map.of()))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageStartingWith(dir.resolve("data.json") + ":1:")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void tenMegabyteStringIsRefused() throws IOException {
        file = dir.resolve("data.json");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("[{\"country\": \"");
            char[] chunk = "x".repeat(1024).toCharArray();
            for (int i = 0; i < 10 * 1024; i++) {
                out.write(chunk);
            }
            out.write("\", \"year\": 2024, \"usd_billion\": 1}]");
        }
        assertThatThrownBy(() -> read(Map.of()))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageStartingWith(file + ":1:")
                .hasMessageContaining("exceeds a read limit: String value length")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
    }

    @Test
    void fiveThousandDigitNumberIsRefused() {
        String content = "[{\"country\": \"China\", \"year\": 2024, \"usd_billion\": " + "9".repeat(5000) + "}]";
        assertThatThrownBy(() -> read(content, Map.of()))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageStartingWith(dir.resolve("data.json") + ":1:")
                .hasMessageContaining("exceeds a read limit: Number value length (5000) exceeds the maximum allowed (100)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
    }

    @Test
    void fiveThousandDigitNumberInAStringIsRefusedToo() {
        String content = "[{\"country\": \"China\", \"year\": 2024, \"usd_billion\": \"" + "9".repeat(5000) + "\"}]";
        assertThatThrownBy(() -> read(content, Map.of()))
                .hasMessageContaining("is too long for a number (over 100 characters) (column 'usd_billion')")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
    }
}
