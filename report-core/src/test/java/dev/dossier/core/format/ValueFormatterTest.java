package dev.dossier.core.format;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFormatterTest {

    @ParameterizedTest(name = "{0} {1} in {2} prints as {3}")
    @CsvSource(delimiter = '|', textBlock = """
            INTEGER | 38210    | en-US | 38,210
            INTEGER | 38210    | de-DE | 38.210
            DECIMAL | 1234.5   | de-DE | 1.234,5
            DECIMAL | 2.039    | en-US | 2.039
            DECIMAL | 85.65    | en-US | 85.65
            MONEY   | 109.10   | en-US | 109.10
            PERCENT | 7.3      | en-US | 7.3%
            YEAR    | 2025     | en-US | 2025
            """)
    void formatsByTypeAndLocale(ColumnType type, String raw, String locale, String expected) {
        Object value = switch (type) {
            case INTEGER -> Long.valueOf(raw);
            case YEAR -> Integer.valueOf(raw);
            default -> new BigDecimal(raw);
        };
        assertThat(new ValueFormatter(Locale.forLanguageTag(locale)).value(value, type)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MORE_THAN   | >5,300
            APPROXIMATE | ~5,300
            EXACT       | 5,300
            """)
    void keepsTheSourcesQualifier(Qualifier q, String expected) {
        DatasetDescriptor d = new DatasetDescriptor("counts", "", List.of(Column.of("n", ColumnType.INTEGER, "N")));
        Row row = Row.builder(d).set("n", 5300).qualify("n", q)
                .provenance(new Provenance("CAICT", "", "", "", Confidence.PUBLISHED)).build();
        assertThat(new ValueFormatter(Locale.US).cell(row, "n")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"DECIMAL", "INTEGER", "STRING"})
    void missingValuePrintsAsDash(ColumnType type) {
        assertThat(new ValueFormatter(Locale.US).value(null, type)).isEqualTo(ValueFormatter.MISSING);
    }
}
