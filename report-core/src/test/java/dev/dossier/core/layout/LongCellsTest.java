package dev.dossier.core.layout;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables whose cells hold long unbroken tokens or too many columns: no column is dropped, headers
 * and figures stay whole where they fit, and a table too wide for the page is reported.
 */
class LongCellsTest {

    @TempDir
    Path dir;

    /** What a run printed: its warnings and the PDF's text in content order and in reading order. */
    private record Output(List<String> warnings, String stream, String reading) {
    }

    private Output generate(String csv, String columns, String table) throws IOException {
        Files.writeString(dir.resolve("data.csv"), csv);
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("t.yaml"), """
                title: Widths
                theme: %s
                sources:
                  csv: { file: data.csv, dataset: items, columns: "%s", title: "Test sheet" }
                sections:
                  - title: Long cells
                    blocks:
                      - %s
                """.formatted(theme, columns, table));
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of());
        GenerateResult r = engine.generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("t.pdf")).build());
        try (PDDocument pdf = Loader.loadPDF(r.output().toFile())) {
            String stream = new PDFTextStripper().getText(pdf);
            PDFTextStripper sorted = new PDFTextStripper();
            sorted.setSortByPosition(true);
            return new Output(r.warnings(), stream, sorted.getText(pdf));
        }
    }

    /** The rows of the CSV file the table was made from, header first; no cell holds a comma. */
    private List<String[]> dataset() throws IOException {
        return Files.readAllLines(dir.resolve("data.csv")).stream().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /**
     * Every cell of every row is printed, in column order: the PDF draws a row's cells one after
     * the other, so with line breaks removed the row's cells appear back to back.
     */
    private void assertEveryCellPrinted(Output out) throws IOException {
        List<String[]> rows = dataset();
        String text = squeeze(out.stream);
        assertThat(text).as("header row").contains(squeeze(String.join("", rows.get(0))));
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(text).as("row %s", row[0]).contains(squeeze(String.join("", row)));
        }
    }

    @ParameterizedTest(name = "note of {0} characters")
    @ValueSource(ints = {1520, 140})
    void aLongUnbrokenNoteWrapsInsideItsCellAndKeepsEveryColumn(int length) throws IOException {
        String url = "https://example.org/" + (length > 1000 ? "a".repeat(length - 20)
                : IntStream.range(0, 40).mapToObj(i -> "path" + i).collect(Collectors.joining("/")).substring(0, length - 20));
        String csv = "country,note,usd_billion\nChina," + url + ",12.5\nUnited States,short note,67.2\n";
        Output out = generate(csv, "country:string, note:string, usd_billion:decimal",
                "table: { data: csv/items, title: Long note, columns: [country, note, usd_billion] }");

        assertEveryCellPrinted(out);
        assertThat(out.warnings()).noneSatisfy(w -> assertThat(w).contains("too wide"));
        // headers and short values are not broken mid-word: each reads whole on one line
        for (String word : List.of("country", "usd_billion", "United", "States", "12.5", "67.2")) {
            assertThat(Pattern.compile("(^|\\s)" + Pattern.quote(word) + "(\\s|$)", Pattern.MULTILINE).matcher(out.reading).find())
                    .as("'%s' printed whole", word).isTrue();
        }
        // the URL is cut into lines, each narrower than the page, and at a slash where it has one
        List<String> urlLines = out.stream.lines().map(String::strip)
                .filter(l -> l.startsWith("https://") || l.matches("(path|a{5}).*")).toList();
        assertThat(urlLines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length()).isLessThan(90));
        if (length < 1000) {
            assertThat(urlLines.subList(0, urlLines.size() - 1)).allSatisfy(l -> assertThat(l).endsWith("/"));
        }
    }

    @Test
    void aTableTooWideForThePageIsReportedAndKeepsEveryValue() throws IOException {
        String header = IntStream.range(0, 31).mapToObj(i -> "y" + (2000 + i)).collect(Collectors.joining(","));
        String body = IntStream.range(0, 3).mapToObj(r -> IntStream.range(0, 31).mapToObj(c -> String.valueOf(100 + c * 29 + r * 7))
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n"));
        String columns = Arrays.stream(header.split(",")).map(c -> c + ":integer").collect(Collectors.joining(", "));
        Output out = generate(header + "\n" + body + "\n", columns, "table: { data: csv/items, title: Thirty-one columns }");

        assertEveryCellPrinted(out);
        assertThat(out.warnings()).singleElement().satisfies(w -> assertThat(w)
                .contains("t.yaml:8:")
                .contains("Table 1 ('Thirty-one columns') is too wide for the page")
                .contains("31 columns")
                .contains("fewer columns"));
    }

    @Test
    void aTableThatFitsIsNotReported() throws IOException {
        Output out = generate("country,note,usd_billion\nChina,some words,12.5\n", "country:string, note:string, usd_billion:decimal",
                "table: { data: csv/items }");
        assertEveryCellPrinted(out);
        assertThat(out.warnings()).isEmpty();
    }
}
