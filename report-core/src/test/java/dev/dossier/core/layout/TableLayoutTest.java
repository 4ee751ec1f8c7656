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
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables that cross pages: repeated headers, split rows, locale formats, headings kept with their table. */
class TableLayoutTest {

    @TempDir
    Path dir;

    private List<String> generate(String csv, String blocks, Map<String, String> params) throws IOException {
        Files.writeString(dir.resolve("data.csv"), csv);
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("t.yaml"), """
                title: Tables
                theme: %s
                sources:
                  csv: { file: data.csv, dataset: items, columns: "item:string, note:string, amount:money:USD billion", title: "Test sheet" }
                sections:
                  - title: Long tables
                    blocks:
                %s
                """.formatted(theme, blocks.indent(6)));
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of());
        GenerateResult r = engine.generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("t.pdf")).parameters(params).build());
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(r.output().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf));
            }
        }
        return pages;
    }

    private static String rows(int n) {
        return "item,note,amount\n" + IntStream.rangeClosed(1, n)
                .mapToObj(i -> "Item " + i + ",note " + i + "," + i + ".5").collect(Collectors.joining("\n"));
    }

    @Test
    void headerRowRepeatsOnEveryPageTheTableTouches() throws IOException {
        List<String> pages = generate(rows(300), "- table: { data: csv/items, title: Items }", Map.of());
        List<String> touched = pages.stream().filter(p -> p.contains("Item ")).toList();
        assertThat(touched).hasSizeGreaterThanOrEqualTo(3);
        assertThat(touched).allSatisfy(p -> assertThat(p.replaceAll("\\s+", " ")).contains("amount (USD billion)").contains("Item"));
        String all = String.join("", pages);
        IntStream.rangeClosed(1, 300).forEach(i -> assertThat(all).contains("Item " + i + " note " + i + " " + i + ".5"));
    }

    @Test
    void rowTallerThanThePageSplitsWithoutLosingText() throws IOException {
        String tall = IntStream.rangeClosed(1, 1600).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        List<String> pages = generate("item,note,amount\nShort,short,1\nTall,\"" + tall + "\",2\nAfter,after,3\n",
                "- table: { data: csv/items }", Map.of());
        java.util.Set<String> words = new java.util.HashSet<>(List.of(String.join(" ", pages).split("\\s+")));
        IntStream.rangeClosed(1, 1600).forEach(i -> assertThat(words).contains("word" + i));
        assertThat(words).contains("After");
        assertThat(pages.stream().filter(p -> p.contains("word")).count()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1,234.5
            de-DE | 1.234,5
            """)
    void numbersFollowTheReportLocale(String locale, String expected) throws IOException {
        List<String> pages = generate("item,note,amount\nBig,x,\"1,234.5\"\n", "- table: { data: csv/items }",
                Map.of("locale", locale));
        assertThat(String.join("", pages)).contains(expected);
    }

    @Test
    void aTableHeadingIsNeverLeftAloneAtTheBottomOfAPage() throws IOException {
        StringBuilder blocks = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            blocks.append("- text: \"Paragraph ").append(i).append(" ").append("words ".repeat(60)).append("\"\n");
            blocks.append("- table: { data: csv/items, title: \"Heading ").append(i).append("\", limit: 4 }\n");
        }
        List<String> pages = generate(rows(4), blocks.toString(), Map.of());
        for (String page : pages) {
            List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("TABLE ")) {
                    assertThat(lines.subList(i, lines.size())).as("lines after %s", lines.get(i))
                            .anySatisfy(l -> assertThat(l).contains("Item 1"));
                }
            }
        }
    }
}
