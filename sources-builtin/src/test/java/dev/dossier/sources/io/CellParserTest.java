package dev.dossier.sources.io;

import dev.dossier.api.ColumnType;
import dev.dossier.api.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellParserTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("38210", ColumnType.INTEGER, 38210L, Qualifier.EXACT, false),
                Arguments.of("38,210", ColumnType.INTEGER, 38210L, Qualifier.EXACT, false),
                Arguments.of("2.039", ColumnType.DECIMAL, new BigDecimal("2.039"), Qualifier.EXACT, false),
                Arguments.of("4.0", ColumnType.DECIMAL, new BigDecimal("4.0"), Qualifier.EXACT, false),
                Arguments.of("~70", ColumnType.PERCENT, new BigDecimal("70"), Qualifier.APPROXIMATE, false),
                Arguments.of("~70%", ColumnType.PERCENT, new BigDecimal("70"), Qualifier.APPROXIMATE, false),
                Arguments.of("+13.9", ColumnType.PERCENT, new BigDecimal("13.9"), Qualifier.EXACT, false),
                Arguments.of(">5,300", ColumnType.INTEGER, 5300L, Qualifier.MORE_THAN, false),
                Arguments.of("> 5,300", ColumnType.INTEGER, 5300L, Qualifier.MORE_THAN, false),
                Arguments.of("<25", ColumnType.DECIMAL, new BigDecimal("25"), Qualifier.LESS_THAN, false),
                Arguments.of("up to 400", ColumnType.MONEY, new BigDecimal("400"), Qualifier.UP_TO, false),
                Arguments.of("Up to 700 [P]", ColumnType.DECIMAL, new BigDecimal("700"), Qualifier.UP_TO, false),
                Arguments.of("≈3.35", ColumnType.DECIMAL, new BigDecimal("3.35"), Qualifier.APPROXIMATE, false),
                Arguments.of("≈3.35 [E]", ColumnType.DECIMAL, new BigDecimal("3.35"), Qualifier.APPROXIMATE, true),
                Arguments.of("more than 1,000", ColumnType.MONEY, new BigDecimal("1000"), Qualifier.MORE_THAN, false),
                Arguments.of("2020 [P]", ColumnType.YEAR, 2020, Qualifier.EXACT, false),
                Arguments.of("2025-01-20", ColumnType.DATE, LocalDate.of(2025, 1, 20), Qualifier.EXACT, false),
                Arguments.of(" TSMC 4N (H100 die) [E] ", ColumnType.STRING, "TSMC 4N (H100 die)", Qualifier.EXACT, true),
                Arguments.of("~5,000", ColumnType.STRING, "~5,000", Qualifier.EXACT, false));
    }

    @ParameterizedTest(name = "''{0}'' as {1}")
    @MethodSource("accepted")
    void parsesFiguresAsWritten(String text, ColumnType type, Object value, Qualifier qualifier, boolean estimated)
            throws Exception {
        Cell cell = CellParser.parse(text, type);
        assertThat(cell.value()).isEqualTo(value);
        assertThat(cell.qualifier()).isEqualTo(qualifier);
        assertThat(cell.estimated()).isEqualTo(estimated);
    }

    static Stream<Arguments> empty() {
        return Stream.of(
                Arguments.of("", ColumnType.INTEGER),
                Arguments.of("   ", ColumnType.DECIMAL),
                Arguments.of("not found", ColumnType.MONEY),
                Arguments.of("Not Found", ColumnType.YEAR),
                Arguments.of(null, ColumnType.STRING));
    }

    @ParameterizedTest(name = "''{0}'' as {1}")
    @MethodSource("empty")
    void emptyAndNotFoundHaveNoValue(String text, ColumnType type) throws Exception {
        assertThat(CellParser.parse(text, type).isEmpty()).isTrue();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("n/a", ColumnType.DECIMAL, "'n/a' is not a decimal"),
                Arguments.of("2.5", ColumnType.INTEGER, "'2.5' is not an integer"),
                Arguments.of("3,83", ColumnType.INTEGER, "'3,83' is not an integer"),
                Arguments.of("600–700", ColumnType.MONEY, "'600–700' is not an amount of money"),
                Arguments.of("70 %", ColumnType.DECIMAL, "'70 %' is not a decimal"),
                Arguments.of("2022–23", ColumnType.YEAR, "'2022–23' is not a year"),
                Arguments.of("20 Jan 2025", ColumnType.DATE, "'20 Jan 2025' is not a date"));
    }

    @ParameterizedTest(name = "''{0}'' as {1}")
    @MethodSource("rejected")
    void rejectsWhatIsNotAFigureOfTheType(String text, ColumnType type, String message) {
        assertThatThrownBy(() -> CellParser.parse(text, type))
                .isInstanceOf(CellFormatException.class)
                .hasMessageStartingWith(message);
    }
}
