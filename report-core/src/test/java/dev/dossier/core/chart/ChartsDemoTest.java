package dev.dossier.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfWriter;
import dev.dossier.core.chart.ChartFixtures.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every chart type and the awkward cases into one PDF for a visual check. The file is
 * written in a temporary folder and, when the system property {@code dossier.charts.demo} names a
 * path, copied there (e.g. {@code -Ddossier.charts.demo=/tmp/charts-demo.pdf}).
 */
class ChartsDemoTest {

    @TempDir
    Path dir;

    @Test
    void allTypesRenderIntoOneVectorDocument() throws IOException {
        ChartRenderer renderer = new ChartRenderer(ChartStyle.defaults(ChartFonts.liberationSans()));
        List<Function<PdfWriter, RenderedChart>> draws = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        add(draws, captions, renderer, "BAR: countries", spec(ChartType.BAR, "entity", List.of("value"), null, false, 0), ChartFixtures.countries());
        add(draws, captions, renderer, "HBAR: long labels", spec(ChartType.HBAR, "entity", List.of("value"), null, false, 0), ChartFixtures.longLabels());
        add(draws, captions, renderer, "BAR: long labels (auto horizontal)", spec(ChartType.BAR, "entity", List.of("value"), null, false, 0), ChartFixtures.longLabels());
        add(draws, captions, renderer, "GROUPED_BAR: long form", spec(ChartType.GROUPED_BAR, "year", List.of("funding"), "country", false, 0), ChartFixtures.yearly());
        add(draws, captions, renderer, "STACKED_BAR: long form", spec(ChartType.STACKED_BAR, "year", List.of("funding"), "country", false, 0), ChartFixtures.yearly());
        add(draws, captions, renderer, "LINE: long form", spec(ChartType.LINE, "year", List.of("funding"), "country", false, 0), ChartFixtures.yearly());
        add(draws, captions, renderer, "PIE: tiny shares", spec(ChartType.PIE, "entity", List.of("value"), null, false, 0), ChartFixtures.tinyShares());
        add(draws, captions, renderer, "DONUT: countries", spec(ChartType.DONUT, "entity", List.of("value"), null, false, 0), ChartFixtures.countries());
        add(draws, captions, renderer, "RADAR: chips", spec(ChartType.RADAR, "chip", ChartFixtures.chips().y(), null, false, 0), ChartFixtures.chips());
        add(draws, captions, renderer, "BAR: 60 categories", spec(ChartType.BAR, "entity", List.of("value"), null, false, 0), ChartFixtures.many());
        add(draws, captions, renderer, "LINE: 60 categories", spec(ChartType.LINE, "entity", List.of("value"), null, false, 0), ChartFixtures.many());
        add(draws, captions, renderer, "BAR: negatives", spec(ChartType.BAR, "entity", List.of("value"), null, false, 0), ChartFixtures.negatives());
        add(draws, captions, renderer, "BAR: nulls", spec(ChartType.BAR, "entity", List.of("value"), null, false, 0), ChartFixtures.nulls());
        add(draws, captions, renderer, "BAR: huge range", spec(ChartType.BAR, "entity", List.of("value"), null, false, 0), ChartFixtures.huge());
        add(draws, captions, renderer, "BAR: huge range, log", spec(ChartType.BAR, "entity", List.of("value"), null, true, 0), ChartFixtures.huge());
        add(draws, captions, renderer, "BAR: qualified", spec(ChartType.BAR, "entity", List.of("value"), null, false, 160), ChartFixtures.qualified());
        add(draws, captions, renderer, "LINE: single point", spec(ChartType.LINE, "entity", List.of("value"), null, false, 160), ChartFixtures.single());
        add(draws, captions, renderer, "RADAR: single entity", spec(ChartType.RADAR, "entity", ChartFixtures.single().y(), null, false, 0), ChartFixtures.single());
        add(draws, captions, renderer, "GROUPED_BAR: wide, two columns", spec(ChartType.GROUPED_BAR, "entity", List.of("value", "second"), null, false, 0), ChartFixtures.nulls());
        add(draws, captions, renderer, "BAR: empty", spec(ChartType.BAR, "entity", List.of("value"), null, false, 0), ChartFixtures.empty());

        Path file = dir.resolve("charts-demo.pdf");
        PdfProbe.Readback pdf = PdfProbe.write(file, draws, captions);

        assertThat(pdf.imageXObjects()).isZero();
        assertThat(pdf.text()).contains("No data", "China", "Ascend 910C");
        String target = System.getProperty("dossier.charts.demo");
        if (target != null && !target.isBlank()) {
            Files.copy(file, Path.of(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ChartSpec spec(ChartType type, String x, List<String> y, String series, boolean log, float height) {
        return new ChartSpec(type, x, y, series, null, null, null, log, null, height);
    }

    private static void add(List<Function<PdfWriter, RenderedChart>> draws, List<String> captions, ChartRenderer r,
                            String caption, ChartSpec spec, Fixture f) {
        draws.add(w -> r.render(w, spec, f.data(), PdfProbe.WIDTH));
        captions.add(caption);
    }
}
