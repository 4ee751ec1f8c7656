package dev.dossier.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.source.ProviderRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnPrecisionTest {

    private static final Column BANDWIDTH = new Column("bw", ColumnType.DECIMAL, "TB/s", "Bandwidth", false);
    private static final DatasetDescriptor D = new DatasetDescriptor("d", "", List.of(BANDWIDTH));
    private static final Provenance PUBLISHED = new Provenance("Sheet", "", "", "", Confidence.PUBLISHED);

    private static Row value(String v, boolean estimate, Qualifier q) {
        Row.Builder b = Row.builder(D).set("bw", new BigDecimal(v)).qualify("bw", q).provenance(PUBLISHED);
        return (estimate ? b.estimated("bw") : b).build();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2.039 3.35 0.6144 | 2",   // mixed: the fewest decimals any gives; rounding moves none by 1%
        "52.9 67.22 7.76 | 1",
        "344 60.06 100 | 0",
        "1.25 3.75 | 2",           // all alike: kept
        "0.6144 0.1234 | 4",
        "0.12345 0.54321 | 4",     // alike but past the most a column prints
        "312 989 | 0",
        "1.5 2 | 1",               // 1.5 would print as 2: the decimal is kept
        "0.0012 5 | 4"})
    void aColumnsDecimalsAreTheFewestItsFiguresGiveUnlessRoundingWouldDistortOne(String values, int decimals) {
        ColumnPrecision p = new ColumnPrecision();
        for (String v : values.split(" ")) {
            p.add(new BigDecimal(v), true);
        }
        assertThat(p.decimals()).isEqualTo(decimals);
    }

    @Test
    void estimatesDoNotSetAColumnsDecimalsUnlessThereIsNothingElse() {
        ColumnPrecision p = new ColumnPrecision();
        p.add(new BigDecimal("2.5"), true);
        p.add(new BigDecimal("85"), false);
        assertThat(p.decimals()).isEqualTo(1);
        ColumnPrecision onlyEstimates = new ColumnPrecision();
        onlyEstimates.add(new BigDecimal("3.25"), false);
        onlyEstimates.add(new BigDecimal("4.75"), false);
        assertThat(onlyEstimates.decimals()).isEqualTo(2);
    }

    @Test
    void anEstimateThatRoundingWouldDistortKeepsTheColumnsDecimalsUp() {
        ColumnPrecision p = new ColumnPrecision();
        p.add(new BigDecimal("344"), true);
        p.add(new BigDecimal("60.06"), true);
        p.add(new BigDecimal("8.2"), false); // 8 would be 2.4% off
        assertThat(p.decimals()).isEqualTo(1);
    }

    @Test
    void valuesAreRoundedToTheColumnAndPaddedOnlyWhereTheTemplateDeclaresIt() {
        ValueFormatter f = new ValueFormatter(Locale.US);
        assertThat(f.cell(value("2.039", false, Qualifier.EXACT), 0, 2)).isEqualTo("2.04");
        assertThat(f.cell(value("0.6144", false, Qualifier.EXACT), 0, 2)).isEqualTo("0.61");
        assertThat(f.cell(value("2", false, Qualifier.EXACT), 0, 1)).isEqualTo("2");
        assertThat(f.cell(value("2", false, Qualifier.EXACT), 0, 1, true)).isEqualTo("2.0");
        assertThat(f.cell(value("4.0", true, Qualifier.EXACT), 0, 2, true)).isEqualTo("4.0");
        assertThat(f.cell(value("85.65", true, Qualifier.APPROXIMATE), 0, 1)).isEqualTo("85.7");
        assertThat(f.cell(value("700", false, Qualifier.UP_TO), 0, 2)).isEqualTo("≤700");
        // no column decimals: the source's precision, as KPI tiles print it
        assertThat(f.cell(value("0.6144", false, Qualifier.EXACT), 0)).isEqualTo("0.6144");
    }

    @Test
    void anEstimateThatIsAlsoApproximatePrintsOneMarkNotTwo() {
        Row approxEstimate = value("3.35", true, Qualifier.APPROXIMATE);
        assertThat(new ValueFormatter(Locale.US).cell(approxEstimate, 0, 2)).isEqualTo("3.35");
        assertThat(ConfidenceMarks.mark(approxEstimate, 0)).isEqualTo(ConfidenceMarks.ESTIMATE);
        assertThat(new ValueFormatter(Locale.US).cell(value("3.35", false, Qualifier.APPROXIMATE), 0, 2)).isEqualTo("~3.35");
    }

    /** The chips dataset's bandwidth column, as the flagship's spec table prints it: no false precision, one precision. */
    @Test
    void theChipBandwidthColumnPrintsAlikeWithoutPaddingPastTheColumn() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of())) {
            Dataset d = registry.find("chips").orElseThrow().provider().open(SourceContext.of(SourceOptions.none())).fetch("specs");
            try (RowCursor c = d.rows()) {
                c.forEachRemaining(rows::add);
            }
        }
        int index = rows.get(0).descriptor().indexOf("bandwidth_tbps");
        ColumnPrecision p = new ColumnPrecision();
        List<Row> present = rows.stream().filter(r -> r.get(index) != null).toList();
        present.forEach(r -> p.add((BigDecimal) r.get(index), r.qualifier(index) == Qualifier.EXACT
                && ConfidenceMarks.confidence(r, index) == Confidence.PUBLISHED));
        int decimals = p.decimals();
        assertThat(decimals).isLessThanOrEqualTo(2); // 2.039 / 3.35 / 0.6144 are mixed: no four-decimal column
        ValueFormatter f = new ValueFormatter(Locale.US);
        for (Row r : present) {
            String printed = f.cell(r, index, decimals).replaceAll("^[~<>≤]", "");
            int shown = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
            BigDecimal own = (BigDecimal) r.get(index);
            boolean plain = r.qualifier(index) == Qualifier.EXACT && ConfidenceMarks.confidence(r, index) == Confidence.PUBLISHED;
            // never padded past the source, never finer than the column; rounding moves a plain figure by under 1%
            assertThat(shown).as("%s", r).isLessThanOrEqualTo(Math.min(Math.max(0, own.scale()), decimals));
            if (plain) {
                assertThat(shown).as("%s", r).isEqualTo(decimals);
                assertThat(new BigDecimal(printed).subtract(own).abs())
                        .isLessThanOrEqualTo(own.abs().multiply(ColumnPrecision.MAX_ROUNDING_SHIFT));
            }
        }
    }
}
