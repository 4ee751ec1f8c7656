package dev.dossier.sources.io;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.RowCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocaleNumbersTest {

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of("1.234,5", Locale.GERMANY, ColumnType.DECIMAL, "1234.5"),
                Arguments.of("-1.234.567", Locale.GERMANY, ColumnType.INTEGER, "-1234567"),
                Arguments.of("12,5 %", Locale.GERMANY, ColumnType.PERCENT, "12.5"),
                Arguments.of("1\u202F234,5", Locale.FRANCE, ColumnType.DECIMAL, "1234.5"),
                Arguments.of("1 234,5", Locale.FRANCE, ColumnType.DECIMAL, "1234.5"),
                Arguments.of("$1.2", Locale.US, ColumnType.MONEY, "1.2"),
                Arguments.of("-$1,200", Locale.US, ColumnType.MONEY, "-1200"),
                Arguments.of("1.2 USD", Locale.US, ColumnType.MONEY, "1.2"),
                Arguments.of("EUR 3,5", Locale.GERMANY, ColumnType.MONEY, "3.5"),
                Arguments.of("1.234,5 €", Locale.GERMANY, ColumnType.MONEY, "1234.5"),
                Arguments.of("\u22125", Locale.US, ColumnType.DECIMAL, "-5"));
    }

    @ParameterizedTest(name = "{0} in {1} as {2}")
    @MethodSource("numbers")
    void numbersAreReadInTheirLocale(String text, Locale locale, ColumnType type, String expected) throws Exception {
        Object value = CellParser.parse(text, type, NumberSyntax.of(locale)).value();
        assertThat(new BigDecimal(value.toString())).isEqualByComparingTo(expected);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("1,5", Locale.US, ColumnType.DECIMAL, "'1,5' is not a decimal"),
                Arguments.of("1.5", Locale.GERMANY, ColumnType.DECIMAL, "'1.5' is not a decimal"),
                Arguments.of("1,5", Locale.GERMANY, ColumnType.INTEGER, "'1,5' is not an integer"),
                Arguments.of("$1.2", Locale.US, ColumnType.DECIMAL, "'$1.2' is not a decimal"),
                Arguments.of("9".repeat(5000), Locale.US, ColumnType.DECIMAL, "is too long for a number"));
    }

    @ParameterizedTest(name = "{0} in {1} as {2}")
    @MethodSource("rejected")
    void numbersInAnotherSyntaxAreRejected(String text, Locale locale, ColumnType type, String message) {
        assertThatThrownBy(() -> CellParser.parse(text, type, NumberSyntax.of(locale)))
                .isInstanceOf(CellFormatException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
    }

    @Test
    void csvDocumentBeyondTheLengthLimitIsRefusedWithItsPosition() {
        DatasetDescriptor d = new DatasetDescriptor("t", "", List.of(Column.of("a", ColumnType.STRING, "A")));
        byte[] bytes = ("a\n" + "x\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        TableInput input = new TableInput("big.csv", TableFormat.CSV, () -> new ByteArrayInputStream(bytes));
        TableSettings settings = TableSettings.DEFAULT
                .withDefaultProvenance(new Provenance("T", "", "", "", Confidence.PUBLISHED))
                .withLimits(new ReadLimits(64, 100, 1_000, 1_000));
        assertThatThrownBy(() -> {
            try (RowCursor rows = TableReader.open(input, d, settings)) {
                rows.forEachRemaining(r -> { });
            }
        }).hasMessageStartingWith("big.csv:").hasMessageContaining("exceeds a read limit: Document length");
    }
}
