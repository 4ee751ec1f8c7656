package dev.dossier.core.resolve;

import dev.dossier.api.Row;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.testing.TestRegistries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each dataset is read from its source once per run, and the layout runs once on what was read. */
class OneReadTest {

    @TempDir
    Path dir;
    ReportEngine engine;

    @BeforeEach
    void engineWithTheCountingProvider() throws IOException {
        engine = new ReportEngine(TestRegistries.with(CountingProvider.class, dir), List.of());
        CountingProvider.reset();
    }

    private Path template(String body) throws IOException {
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, "title: One read\ntheme: " + theme + "\nsections:\n" + body);
        return t;
    }

    @Test
    void aDatasetBoundToATableAChartKpisAndAFigureIsFetchedAndReadOnce() throws IOException {
        Path t = template("""
                  - title: Figures
                    blocks:
                      - text: "Entity 2 stands at **{{counting/figures[entity=Entity 2].value}}**."
                      - kpis:
                          - { data: counting/figures, where: { entity: Entity 1 }, value: value, label: "First" }
                          - { data: counting/figures, where: { entity: Entity 3 }, value: value, label: "Third" }
                      - chart: { type: bar, data: counting/figures, x: entity, y: value, title: "All figures" }
                      - table: { data: counting/figures, title: "Every figure" }
                """);
        Path out = dir.resolve("r.pdf");
        engine.generate(GenerateRequest.builder(t, out).build());

        assertThat(CountingProvider.fetches("figures")).isEqualTo(1);
        assertThat(CountingProvider.reads("figures")).isEqualTo(1);
        String text = text(out);
        ValueFormatter format = new ValueFormatter(Locale.US);
        for (Row r : CountingProvider.figures()) {
            assertThat(text).contains(r.text("entity") + " " + format.cell(r, "value")); // every table row
        }
        assertThat(text).contains("Entity 2 stands at " + format.cell(CountingProvider.figures().get(1), "value"));
    }

    @Test
    void aSourceThatChangesBetweenReadsCannotPutWrongPageNumbersInTheContents() throws IOException {
        Path t = template("""
                  - title: Long table
                    blocks:
                      - table: { data: counting/shifting, title: "Rows" }
                  - title: After the table
                    blocks:
                      - text: "The end."
                  - title: Last
                    blocks:
                      - text: "Really the end."
                """);
        Path out = dir.resolve("shifting.pdf");
        engine.generate(GenerateRequest.builder(t, out).build());

        assertThat(CountingProvider.fetches("shifting")).isEqualTo(1);
        assertThat(CountingProvider.reads("shifting")).isEqualTo(1);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            Map<String, Integer> outline = new LinkedHashMap<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.put(item.getTitle(), doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
            }
            PDFTextStripper contents = new PDFTextStripper();
            contents.setSortByPosition(true);
            contents.setStartPage(2);
            contents.setEndPage(2);
            String page = contents.getText(doc);
            assertThat(outline).hasSize(3);
            outline.forEach((title, pageNo) -> {
                Matcher m = Pattern.compile(Pattern.quote(title) + "[ .]*(\\d+)\\s*$", Pattern.MULTILINE).matcher(page);
                assertThat(m.find()).as("contents entry for '%s' in:%n%s", title, page).isTrue();
                assertThat(Integer.parseInt(m.group(1))).as("page of '%s'", title).isEqualTo(pageNo);
            });
            assertThat(outline.get("After the table")).isGreaterThan(outline.get("Long table"));
        }
    }

    @Test
    void renderingFromASnapshotCallsNoSource() throws IOException {
        Path t = template("""
                  - title: Figures
                    blocks:
                      - kpis:
                          - { data: counting/figures, where: { entity: Entity 1 }, value: value, label: "First" }
                      - table: { data: counting/figures, title: "Every figure", sort: [-value], limit: 3 }
                """);
        Path snapshot = dir.resolve("r.snapshot.json");
        engine.generate(GenerateRequest.builder(t, dir.resolve("r.pdf")).deterministic(true).snapshot(snapshot).build());
        CountingProvider.reset();

        engine.generate(GenerateRequest.builder(t, dir.resolve("again.pdf")).deterministic(true).fromSnapshot(snapshot).build());

        assertThat(CountingProvider.fetches("figures")).isZero();
        assertThat(Files.readAllBytes(dir.resolve("again.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("r.pdf")));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
