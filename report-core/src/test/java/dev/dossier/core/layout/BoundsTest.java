package dev.dossier.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.Qualifier;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.source.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lower and upper bounds (">5,300", "<20", "up to 700") keep their bound in text, KPI tiles, tables and charts. */
class BoundsTest {

    /** entity → (value as written in the file, qualifier the core reads, the number). */
    private static final Map<String, Object[]> ROWS = Map.of(
            "Firms", new Object[] {">5,300", Qualifier.MORE_THAN, "5,300"},
            "Gap", new Object[] {"less than 20", Qualifier.LESS_THAN, "20"},
            "Ceiling", new Object[] {"up to 700", Qualifier.UP_TO, "700"});

    @TempDir
    Path dir;

    @Test
    void aBoundPrintsInProseTilesTablesAndCharts() throws IOException {
        StringBuilder csv = new StringBuilder("entity,value\n");
        ROWS.forEach((entity, v) -> csv.append(entity).append(",\"").append(v[0]).append("\"\n"));
        Files.writeString(dir.resolve("bounds.csv"), csv);
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("t.yaml"), """
                title: Bounds
                theme: %s
                sources:
                  csv: { file: bounds.csv, dataset: bounds, columns: "entity:string, value:integer", title: "Bounds sheet" }
                sections:
                  - title: Bounds
                    blocks:
                      - text: "Prose: firms number {{csv/bounds[entity=Firms].value}}; the gap is {{csv/bounds[entity=Gap].value}}; the ceiling is {{csv/bounds[entity=Ceiling].value}}."
                      - kpis:
                          - { data: csv/bounds, where: { entity: Firms }, value: value, label: "Firms tile" }
                          - { data: csv/bounds, where: { entity: Gap }, value: value, label: "Gap tile" }
                          - { data: csv/bounds, where: { entity: Ceiling }, value: value, label: "Ceiling tile" }
                      - chart: { type: bar, data: csv/bounds, x: entity, y: value, title: "Bounds chart" }
                      - table: { data: csv/bounds, title: "Bounds table" }
                """.formatted(theme));
        GenerateResult r = new ReportEngine(ProviderRegistry.discover(List.of()), List.of())
                .generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("t.pdf")).build());
        String text;
        try (PDDocument pdf = Loader.loadPDF(r.output().toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        String prose = text.substring(text.indexOf("Prose:"), text.indexOf("ceiling is") + 40);
        assertThat(prose).contains("firms number more than 5,300", "gap is less than 20", "ceiling is up to 700");
        String figures = text.replace(prose, ""); // prose says the bound in words
        ROWS.forEach((entity, v) -> {
            String symbolic = ((Qualifier) v[1]).symbol() + v[2];
            long times = figures.split(java.util.regex.Pattern.quote(symbolic), -1).length - 1;
            // the tile, the chart's value label and the table cell each keep the bound
            assertThat(times).as("'%s' printed with its bound", symbolic).isGreaterThanOrEqualTo(3);
            assertThat(figures).as("a bare %s would drop the bound", v[2])
                    .doesNotContainPattern("(?<![>~<≤\\d,])" + java.util.regex.Pattern.quote((String) v[2]) + "(?![\\d,])");
        });
    }
}
