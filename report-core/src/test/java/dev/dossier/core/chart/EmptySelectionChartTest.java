package dev.dossier.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.source.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart whose {@code where} matches no row says so in the words a table uses, read back from the PDF. */
class EmptySelectionChartTest {

    @TempDir
    Path dir;

    @Test
    void aChartWhoseSelectionMatchesNoRowSaysWhatATableSays() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "event,amount\nRule one,41.5\nRule two,52.5\n");
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("t.yaml"), """
                title: Empty selections
                theme: %s
                sources:
                  csv: { file: events.csv, dataset: events, columns: "event:string, amount:decimal:USD billion", title: "Test register" }
                sections:
                  - title: Chart
                    blocks:
                      - chart: { type: bar, data: csv/events, where: { event: Rule nine }, x: event, y: amount, title: "Chosen rule" }
                  - title: Table
                    blocks:
                      - table: { data: csv/events, where: { event: Rule nine }, title: "Chosen rule" }
                """.formatted(theme));
        Path out = dir.resolve("t.pdf");
        new ReportEngine(ProviderRegistry.discover(List.of()), List.of())
                .generate(GenerateRequest.builder(dir.resolve("t.yaml"), out).build());

        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("No data").doesNotContain("The dataset has no rows");
        // the table's line under it, and the chart's twice: in its panel and as its source line
        Matcher m = Pattern.compile("No row of this dataset matches the selection \\{event=Rule nine}\\.").matcher(text);
        int said = 0;
        while (m.find()) {
            said++;
        }
        assertThat(said).as(text).isEqualTo(3);
    }
}
