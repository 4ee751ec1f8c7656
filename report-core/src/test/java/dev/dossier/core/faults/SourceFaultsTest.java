package dev.dossier.core.faults;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.testing.TestRegistries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failing source fails the run with exit 1 and no PDF, unless the block asks for a placeholder. */
class SourceFaultsTest {

    @TempDir
    Path dir;
    ReportEngine engine;

    @BeforeEach
    void engineWithTheFaultyProvider() throws IOException {
        engine = new ReportEngine(TestRegistries.with(FaultyProvider.class, dir), List.of())
                .withSourceTimeout(Duration.ofMillis(500));
    }

    private Path template(String dataset, String onError) throws IOException {
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, """
                title: Faults
                theme: %s
                sections:
                  - title: Data
                    blocks:
                      - table: { data: faulty/%s, title: "The table" }%s
                      - text: "After the table."
                """.formatted(theme, dataset, onError == null ? "" : "\n        onError: " + onError));
        return t;
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource({
            "throws, DOS-SOURCE-FAILED, backend exploded",
            "hangs, DOS-SOURCE-TIMEOUT, faulty",
            "bad-row, DOS-SOURCE-BAD-ROW, bad-row",
            "null-required, DOS-SOURCE-BAD-ROW, value"})
    void aFailingSourceFailsTheRunNamingProviderAndDatasetAndWritesNoPdf(String dataset, String code, String mention)
            throws IOException {
        Path out = dir.resolve("out/report.pdf");
        assertThatThrownBy(() -> engine.generate(GenerateRequest.builder(template(dataset, null), out).build()))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.exitCode()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("faulty").contains(dataset).contains(mention);
                });
        assertThat(out).doesNotExist();
        assertThat(Files.exists(out.getParent()) ? Files.list(out.getParent()).count() : 0).isZero();
    }

    @ParameterizedTest
    @CsvSource({"throws", "hangs", "bad-row"})
    void placeholderShowsTheReasonAndTheRunGoesOn(String dataset) throws IOException {
        GenerateResult r = engine.generate(GenerateRequest.builder(template(dataset, "placeholder"), dir.resolve("r.pdf")).build());
        String text;
        try (PDDocument pdf = Loader.loadPDF(r.output().toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Data unavailable").contains("faulty/" + dataset).contains("After the table.");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("data unavailable for faulty/" + dataset));
    }

    @Test
    void wellBehavedDatasetRenders() throws IOException {
        GenerateResult r = engine.generate(GenerateRequest.builder(template("ok", null), dir.resolve("ok.pdf")).build());
        try (PDDocument pdf = Loader.loadPDF(r.output().toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("China").contains("42");
        }
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void unknownOnErrorValueIsATemplateError() throws IOException {
        assertThatThrownBy(() -> engine.generate(GenerateRequest.builder(template("ok", "ignore"), dir.resolve("x.pdf")).build()))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.getMessage())
                        .contains("'onError' is 'fail' or 'placeholder', not 'ignore'"));
    }
}
