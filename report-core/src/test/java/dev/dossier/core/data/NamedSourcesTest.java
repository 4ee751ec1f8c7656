package dev.dossier.core.data;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A template can open one provider twice under two names, e.g. two csv files. */
class NamedSourcesTest {

    @TempDir
    Path dir;

    private Path template(String provider) throws IOException {
        Files.writeString(dir.resolve("a.csv"), "country,usd_billion\nUnited States,109.1\n");
        Files.writeString(dir.resolve("b.csv"), "company,founded\nBaidu,2000\n");
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, """
                title: Two files
                theme: %s
                sources:
                  investment: { provider: %s, file: a.csv, dataset: rows, columns: "country:string, usd_billion:money:USD billion", title: "Sheet A" }
                  companies: { provider: csv, file: b.csv, dataset: rows, columns: "company:string, founded:year", title: "Sheet B" }
                sections:
                  - title: Both
                    blocks:
                      - table: { data: investment/rows }
                      - table: { data: companies/rows }
                """.formatted(theme, provider));
        return t;
    }

    @Test
    void twoCsvFilesUnderTwoNamesRenderSideBySide() throws IOException {
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of());
        Path out = dir.resolve("r.pdf");
        engine.generate(GenerateRequest.builder(template("csv"), out).build());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("United States", "109.1", "Baidu", "2000", "Sheet A", "Sheet B");
        }
    }

    @Test
    void anUnknownProviderForANamedSourceIsReported() throws IOException {
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of());
        assertThatThrownBy(() -> engine.load(template("cvs"), Map.of()))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.getMessage())
                        .contains("source 'investment': unknown provider 'cvs'").contains("did you mean 'csv'"));
    }
}
