package dev.dossier.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimate note under a chart names what is estimated; a grouped chart's names the series. */
class ChartConfidenceNoteTest {

    private static final DatasetDescriptor D = new DatasetDescriptor("d", "", List.of(
            Column.of("year", ColumnType.STRING, "Year"), Column.of("country", ColumnType.STRING, "Country"),
            Column.of("usd", ColumnType.MONEY, "Private investment"), Column.of("deals", ColumnType.MONEY, "Deals")));
    private static final Provenance PUBLISHED = new Provenance("Index", "", "", "", Confidence.PUBLISHED);

    private static Row row(String year, String country, boolean estimate) {
        Row.Builder b = Row.builder(D).set("year", year).set("country", country).set("usd", new BigDecimal("1.5"))
                .set("deals", new BigDecimal("2")).provenance(PUBLISHED);
        return (estimate ? b.estimated("usd") : b).build();
    }

    @Test
    void aSingleSeriesChartNamesItsEstimatedCategories() {
        List<Row> rows = List.of(row("2022", "China", true), row("2023", "China", false));
        assertThat(SourceLines.chartConfidence(rows, "year", List.of("usd"))).isEqualTo("Estimates: 2022.");
    }

    @Test
    void aGroupedChartNamesTheSeriesWhoseValuesAreEstimates() {
        List<Row> rows = List.of(row("2022", "China", true), row("2023", "China", false),
                row("2022", "United States", false), row("2023", "United States", false));
        assertThat(SourceLines.chartConfidence(rows, "year", List.of("usd"), "country", c -> c))
                .isEqualTo("Estimates \u2014 China series: 2022.");
    }

    @Test
    void aSeriesEstimatedThroughoutIsNamedAlone() {
        List<Row> rows = List.of(row("2022", "China", true), row("2023", "China", true), row("2022", "United States", false));
        assertThat(SourceLines.chartConfidence(rows, "year", List.of("usd"), "country", c -> c))
                .isEqualTo("Estimates \u2014 all of the China series.");
    }

    @Test
    void seriesFromSeveralValueColumnsAreNamedByTheirHeadings() {
        List<Row> rows = List.of(row("2022", "China", true), row("2023", "China", false));
        assertThat(SourceLines.chartConfidence(rows, "year", List.of("usd", "deals"), null,
                c -> D.column(c).orElseThrow().label())).isEqualTo("Estimates \u2014 Private investment series: 2022.");
    }
}
