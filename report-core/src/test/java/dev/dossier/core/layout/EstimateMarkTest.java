package dev.dossier.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.core.format.EstimateMark;
import dev.dossier.core.source.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One convention for estimate marks, the theme's: the same mark after a figure in a chart and in a table, and one key. */
class EstimateMarkTest {

    private static final String ESTIMATE = "148";
    private static final String PUBLISHED = "312";

    @TempDir
    Path dir;

    private String generate(String themeLine) throws IOException {
        Files.writeString(dir.resolve("chips.csv"), "chip,tflops\nA100,\"" + PUBLISHED + "\"\nH20,\"" + ESTIMATE + " [E]\"\n");
        Files.writeString(dir.resolve("theme.yaml"), "name: plainmarks\n" + themeLine + "\n");
        Files.writeString(dir.resolve("t.yaml"), """
                title: Marks
                theme: theme.yaml
                sources:
                  csv: { file: chips.csv, dataset: chips, columns: "chip:string, tflops:decimal:TFLOPS", title: "Spec sheet" }
                sections:
                  - title: Chips
                    blocks:
                      - chart: { type: hbar, data: csv/chips, x: chip, y: [tflops], title: "Throughput" }
                      - table: { data: csv/chips, title: "Throughput table" }
                """);
        GenerateResult r = new ReportEngine(ProviderRegistry.discover(List.of()), List.of())
                .generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("t.pdf")).build());
        try (PDDocument pdf = Loader.loadPDF(r.output().toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void byDefaultChartsAndTablesMarkAnEstimateWithASuperscriptE() throws IOException {
        String text = generate("");
        assertThat(text).contains(ESTIMATE + ConfidenceMarks.ESTIMATE_SUPERSCRIPT); // the chart's label
        assertThat(text).contains("H20 " + ESTIMATE + ConfidenceMarks.ESTIMATE); // the table's raised e, extracted
        assertThat(text).doesNotContain("est.").doesNotContain(PUBLISHED + ConfidenceMarks.ESTIMATE_SUPERSCRIPT);
        assertThat(text).contains(ConfidenceMarks.ESTIMATE_SUPERSCRIPT + " = estimate");
    }

    @Test
    void aThemeThatMarksEstimatesInWordsDoesSoInChartsTablesAndKeys() throws IOException {
        String text = generate("estimateMark: word");
        String marked = ESTIMATE + EstimateMark.WORD.afterFigure();
        assertThat(text.split(java.util.regex.Pattern.quote(marked), -1).length - 1).as("'%s' in chart and table", marked)
                .isGreaterThanOrEqualTo(2);
        assertThat(text).contains("est. = estimate").doesNotContain(ConfidenceMarks.ESTIMATE_SUPERSCRIPT);
    }
}
