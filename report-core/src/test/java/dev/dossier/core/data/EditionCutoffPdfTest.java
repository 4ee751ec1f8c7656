package dev.dossier.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.source.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report leaves out rows dated after its edition date, read back from the PDF. */
class EditionCutoffPdfTest {

    /** event, date, amount: one row a day before the end of 2025-Q4, one on it, one after. */
    private static final List<String[]> ROWS = List.of(
            new String[] {"Rule one", "2025-10-07", "41.5"},
            new String[] {"Rule two", "2025-12-31", "52.5"},
            new String[] {"Rule three", "2026-03-01", "777.5"});

    @TempDir
    Path dir;

    private String generate(String later, List<String> progress) throws IOException {
        StringBuilder csv = new StringBuilder("event,date,amount\n");
        ROWS.forEach(r -> csv.append(String.join(",", r)).append('\n'));
        Files.writeString(dir.resolve("events.csv"), csv);
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("t.yaml"), """
                title: Editions
                theme: %s
                parameters: { edition: "2025-Q4" }
                sources:
                  csv: { file: events.csv, dataset: events, columns: "event:string, date:date, amount:decimal:USD billion", title: "Test register" }
                sections:
                  - title: Events
                    blocks:
                      - table: { data: csv/events, title: Events%s }
                """.formatted(theme, later == null ? "" : ", later: " + later));
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of()).withProgress(progress::add);
        GenerateResult r = engine.generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("t.pdf")).build());
        try (PDDocument pdf = Loader.loadPDF(r.output().toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static boolean afterEdition(String[] row) {
        return LocalDate.parse(row[1]).isAfter(EditionCutoff.endOf("2025-Q4").orElseThrow());
    }

    @Test
    void aRowDatedAfterTheEditionIsLeftOutAndSaidSo() throws IOException {
        List<String> progress = new ArrayList<>();
        String text = generate(null, progress);
        for (String[] row : ROWS) {
            if (afterEdition(row)) {
                assertThat(text).doesNotContain(row[0]).doesNotContain(row[2]);
            } else {
                assertThat(text).contains(row[0]).contains(row[2]);
            }
        }
        long left = ROWS.stream().filter(EditionCutoffPdfTest::afterEdition).count();
        assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("info: ")
                .contains("left out " + left + (left == 1 ? " row" : " rows") + " of 'csv/events'"));
    }

    @Test
    void aTemplateThatKeepsLaterRowsPrintsThemMarkedAsLater() throws IOException {
        List<String> progress = new ArrayList<>();
        String text = generate("include", progress);
        for (String[] row : ROWS) {
            assertThat(text).contains(row[2]);
            if (afterEdition(row)) {
                assertThat(text).contains(row[0] + "\u2021");
            }
        }
        assertThat(text).contains("\u2021 = dated after the edition date (" + new dev.dossier.core.format.ValueFormatter(java.util.Locale.US)
                .value(EditionCutoff.endOf("2025-Q4").orElseThrow(), dev.dossier.api.ColumnType.DATE) + ")");
        assertThat(progress).noneSatisfy(line -> assertThat(line).contains("left out"));
    }
}
