package dev.dossier.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormatTest {

    /** Published rows of one column holding {@code values}. */
    static List<dev.dossier.api.Row> rows(Column c, String... values) {
        if (c.type() == ColumnType.INTEGER) {
            return List.of(); // an integer column has no decimals to infer
        }
        dev.dossier.api.DatasetDescriptor d = new dev.dossier.api.DatasetDescriptor("d", "", List.of(c));
        dev.dossier.api.Provenance p = new dev.dossier.api.Provenance("Sheet", "", "", "", dev.dossier.api.Confidence.PUBLISHED);
        return java.util.Arrays.stream(values).map(v -> dev.dossier.api.Row.builder(d)
                .set(c.name(), c.type() == ColumnType.INTEGER ? (Object) Long.valueOf(v) : new BigDecimal(v)).provenance(p).build()).toList();
    }

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource(delimiter = '|', value = {
        "INTEGER|  |38210|38,210",
        "DECIMAL|USD billion|1234.5|1,234.5",
        "MONEY|USD|0.25|0.25",
        "PERCENT|%|12.5|12.5%",
        "DECIMAL|%|-3.2|-3.2%",
    })
    void valuesFollowTheColumnTypeWithoutAddingPrecision(ColumnType type, String unit, double value, String expected) {
        Column c = new Column("v", type, unit, "V", false);
        List<dev.dossier.api.Row> samples = rows(c, "1.00", "7.5", "0.25"); // 0.25 needs its two decimals
        assertThat(ValueFormat.of(c, samples, java.util.Locale.US).format(value, Qualifier.EXACT)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"MORE_THAN|>5,300", "APPROXIMATE|~5,300", "LESS_THAN|<5,300", "UP_TO|≤5,300"})
    void qualifierSymbolComesFirst(Qualifier q, String expected) {
        Column c = new Column("v", ColumnType.INTEGER, "", "V", false);
        assertThat(ValueFormat.of(c, List.of(), java.util.Locale.US).format(5300, q)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en-US|1,234.5", "de-DE|1.234,5", "fr-FR|1 234,5"})
    void valueLabelsFollowTheReportLocale(String locale, String expected) {
        Column c = new Column("v", ColumnType.DECIMAL, "", "V", false);
        assertThat(ValueFormat.of(c, rows(c, "1.5"), java.util.Locale.forLanguageTag(locale))
                .format(1234.5, Qualifier.EXACT)).isEqualTo(expected);
    }
}
