package dev.dossier.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.api.Row;
import dev.dossier.core.chart.ChartFixtures.Fixture;
import dev.dossier.core.chart.PdfProbe.Readback;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartRendererTest {

    private static final ChartStyle STYLE = ChartStyle.defaults(ChartFonts.liberationSans());
    private static final ChartRenderer RENDERER = new ChartRenderer(STYLE);

    @TempDir
    Path dir;

    static Stream<Arguments> typesTimesDatasets() {
        return Arrays.stream(ChartType.values())
                .flatMap(type -> ChartFixtures.awkward().stream().map(f -> Arguments.of(type, f)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("typesTimesDatasets")
    void everyTypeDrawsEveryAwkwardDatasetAsVectorText(ChartType type, Fixture f) throws IOException {
        List<String> y = type == ChartType.RADAR ? f.y() : f.y().subList(0, 1);
        ChartSpec spec = new ChartSpec(type, "entity", y, null, null, null, null, false, null, 0f);

        Readback pdf = render(spec, f);

        assertThat(pdf.imageXObjects()).as("image XObjects").isZero();
        assertThat(pdf.formXObjects()).as("form XObjects").isPositive();
        assertThat(pdf.text()).doesNotContain("NaN", "...", "\u2026");
        if (f.data().rows().isEmpty()) {
            assertThat(pdf.text()).contains(NoDataPanel.TEXT);
        } else {
            String expected = type == ChartType.RADAR ? text(f.data().rows().get(0), "entity") : largest(f);
            for (String word : expected.split("\\s+")) {
                assertThat(pdf.text()).as("category label word").contains(word);
            }
        }
    }

    @Test
    void missingValuesAreGapsCountedInNotes() throws IOException {
        Fixture f = ChartFixtures.nulls();
        for (ChartType type : List.of(ChartType.BAR, ChartType.LINE)) {
            Readback pdf = render(ChartSpec.of(type, "entity", "value"), f);
            long nulls = f.data().rows().stream().filter(r -> r.get("value") == null).count();
            String fate = type == ChartType.BAR ? "are marked n/a" : "are left as gaps";
            assertThat(pdf.notes().get(0)).contains(nulls + " values have no figure (not found in the sources) and " + fate);
            assertThat(pdf.text()).contains("Shenzhen").doesNotContain("NaN");
        }
        Readback pie = render(ChartSpec.of(ChartType.PIE, "entity", "value"), f);
        assertThat(pie.notes().get(0)).contains("2 values have no figure (not found in the sources) and are left out");
    }

    @Test
    void surplusCategoriesFoldIntoOther() throws IOException {
        Fixture f = ChartFixtures.many();
        Readback pdf = render(ChartSpec.of(ChartType.BAR, "entity", "value"), f);
        int kept = 15;
        // the long tail together outweighs every bar kept: it is given in the note, not drawn as a bar
        assertThat(String.join(" ", pdf.notes().get(0)))
                .contains("Other (" + (f.data().rows().size() - kept) + " smaller categories, together ").contains("is not drawn");
        assertThat(pdf.text()).contains(text(f.data().rows().get(0), "entity"))
                .doesNotContain(text(f.data().rows().get(59), "entity"));

        ChartSpec top5 = new ChartSpec(ChartType.HBAR, "entity", List.of("value"), null, null, null, null, false, 5, 0f);
        assertThat(String.join(" ", render(top5, f).notes().get(0))).contains("Other (55 smaller categories");
    }

    @Test
    void logScaleLeavesOutZeroAndNegativeValues() throws IOException {
        Fixture f = ChartFixtures.negatives();
        ChartSpec spec = new ChartSpec(ChartType.BAR, "entity", List.of("value"), null, null, null, null, true, null, 0f);
        Readback pdf = render(spec, f);
        long nonPositive = f.data().rows().stream().filter(r -> r.number("value").doubleValue() <= 0).count();
        assertThat(pdf.notes().get(0)).contains(nonPositive + " zero or negative values left out (log scale)");
        assertThat(pdf.text()).contains("Alpha", "Gamma");
    }

    @Test
    void logScaleWithoutPositiveValuesFallsBackToLinear() throws IOException {
        var d = ChartFixtures.entityValues(dev.dossier.api.ColumnType.INTEGER, "");
        Fixture f = new Fixture("non-positive", new ChartData(d, List.of(
                ChartFixtures.row(d, "Loss", -5, 1), ChartFixtures.row(d, "Flat", 0, 1))), List.of("value"));
        ChartSpec spec = new ChartSpec(ChartType.LINE, "entity", List.of("value"), null, null, null, null, true, null, 0f);
        Readback pdf = render(spec, f);
        assertThat(pdf.notes().get(0)).anyMatch(n -> n.contains("linear scale"));
        assertThat(pdf.text()).contains("Loss", "Flat").doesNotContain(NoDataPanel.TEXT);
    }

    @Test
    void emptyDatasetShowsNoDataPanel() throws IOException {
        Readback pdf = render(ChartSpec.of(ChartType.GROUPED_BAR, "entity", "value"), ChartFixtures.empty());
        assertThat(pdf.text()).contains("No data");
        assertThat(pdf.notes().get(0)).isEmpty();
    }

    @Test
    void valueLabelsFollowColumnTypeAndQualifier() throws IOException {
        Fixture countries = ChartFixtures.countries();
        Readback bar = render(ChartSpec.of(ChartType.BAR, "entity", "value"), countries);
        for (Row r : countries.data().rows()) {
            assertThat(bar.text()).contains(format(r.number("value"), "#,##0"));
        }
        assertThat(bar.text()).contains("Value (patent families)");

        Readback qualified = render(ChartSpec.of(ChartType.BAR, "entity", "value"), ChartFixtures.qualified());
        assertThat(qualified.text()).contains(">5,300");
        assertThat(qualified.notes().get(0)).anyMatch(n -> n.endsWith("= estimate"));

        Fixture single = ChartFixtures.single();
        BigDecimal money = (BigDecimal) single.data().rows().get(0).get("value");
        assertThat(render(ChartSpec.of(ChartType.HBAR, "entity", "value"), single).text())
                .contains(money.toPlainString());

        Fixture shares = ChartFixtures.tinyShares();
        BigDecimal top = (BigDecimal) shares.data().rows().get(0).get("value");
        assertThat(render(ChartSpec.of(ChartType.PIE, "entity", "value"), shares).text()).contains(top.toPlainString() + "%");
    }

    @Test
    void longCategoryLabelsAreNeverTruncated() throws IOException {
        Fixture f = ChartFixtures.longLabels();
        for (ChartType type : List.of(ChartType.BAR, ChartType.HBAR, ChartType.LINE)) {
            Readback pdf = render(ChartSpec.of(type, "entity", "value"), f);
            for (Row r : f.data().rows()) {
                for (String word : text(r, "entity").split(" ")) {
                    assertThat(pdf.text()).as(type + " label word").contains(word);
                }
            }
            assertThat(pdf.text()).doesNotContain("...", "\u2026");
        }
    }

    @Test
    void pieFoldsTinySlicesIntoOther() throws IOException {
        Fixture f = ChartFixtures.tinyShares();
        long tiny = f.data().rows().stream()
                .filter(r -> r.number("value").doubleValue() < PieChartBuilder.MIN_SHARE_PERCENT).count();
        for (ChartType type : List.of(ChartType.PIE, ChartType.DONUT)) {
            Readback pdf = render(ChartSpec.of(type, "entity", "value"), f);
            assertThat(pdf.notes().get(0)).contains("Other = " + tiny + " smaller categories");
            assertThat(pdf.text()).contains("Other");
        }
    }

    @Test
    void radarScalesEachAxisAndSaysSo() throws IOException {
        Fixture f = ChartFixtures.chips();
        ChartSpec spec = new ChartSpec(ChartType.RADAR, "chip", f.y(), null, null, null, null, false, null, 0f);
        Readback pdf = render(spec, f);
        assertThat(pdf.notes().get(0)).anyMatch(n -> n.startsWith("Each axis in % of its largest value"));
        assertThat(pdf.text()).contains("Memory", "Bandwidth", "FP16");
        f.data().rows().forEach(r -> assertThat(pdf.text()).contains(text(r, "chip")));
    }

    @Test
    void longFormDrawsOneSeriesPerValueOfTheSeriesColumn() throws IOException {
        Fixture f = ChartFixtures.yearly();
        for (ChartType type : List.of(ChartType.GROUPED_BAR, ChartType.STACKED_BAR, ChartType.LINE)) {
            ChartSpec spec = new ChartSpec(type, "year", List.of("funding"), "country", null, null, null, false, null, 0f);
            Readback pdf = render(spec, f);
            f.data().rows().stream().map(r -> text(r, "country")).distinct()
                    .forEach(country -> assertThat(pdf.text()).as(type + " legend").contains(country));
            assertThat(pdf.text()).contains("2018", "2024", "Funding (USD billion)");
            String fate = type == ChartType.GROUPED_BAR ? "is marked n/a" : "is left as a gap";
            assertThat(pdf.notes().get(0)).contains("1 value has no figure and " + fate);
        }
    }

    @Test
    void unknownColumnIsReportedByName() {
        ChartSpec spec = ChartSpec.of(ChartType.BAR, "entity", "valu");
        assertThatThrownBy(() -> render(spec, ChartFixtures.countries()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'valu'").hasMessageContaining("value");
        assertThatThrownBy(() -> render(ChartSpec.of(ChartType.BAR, "value", "entity"), ChartFixtures.countries()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("string");
    }

    private Readback render(ChartSpec spec, Fixture f) throws IOException {
        Path file = dir.resolve("chart-" + System.nanoTime() + ".pdf");
        return PdfProbe.write(file, List.of(w -> RENDERER.render(w, spec, f.data(), PdfProbe.WIDTH)), null);
    }

    private static String largest(Fixture f) {
        return f.data().rows().stream().filter(r -> r.number("value") != null)
                .max(Comparator.comparingDouble(r -> r.number("value").doubleValue()))
                .map(r -> text(r, "entity")).orElseThrow();
    }

    private static String text(Row r, String column) {
        return Objects.requireNonNull(r.text(column));
    }

    private static String format(Number n, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(n);
    }
}
