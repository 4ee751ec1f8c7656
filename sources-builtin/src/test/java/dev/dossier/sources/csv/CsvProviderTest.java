package dev.dossier.sources.csv;

import dev.dossier.api.Confidence;
import dev.dossier.api.DataSource;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.sources.GenericProvider;
import dev.dossier.sources.GenericRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvProviderTest {

    static final String COLUMNS = "country:string, year:year, usd_billion:money:USD billion";

    final CsvProvider provider = new CsvProvider();

    @TempDir
    Path dir;

    List<Row> read(String content, Map<String, String> extra) throws Exception {
        Files.write(dir.resolve("data.csv"), content.getBytes(StandardCharsets.UTF_8));
        Map<String, String> options = new HashMap<>(Map.of("file", "data.csv", "columns", COLUMNS, "title", "Customs 2024"));
        options.putAll(extra);
        return GenericRead.rows(provider, options, dir);
    }

    static Stream<Arguments> quirks() {
        return Stream.of(
                Arguments.of("plain", "country,year,usd_billion\nChina,2024,1.5\nIndia,2023,20\n", Map.of()),
                Arguments.of("byte-order mark", "\uFEFFcountry,year,usd_billion\nChina,2024,1.5\nIndia,2023,20\n", Map.of()),
                Arguments.of("CRLF", "country,year,usd_billion\r\nChina,2024,1.5\r\nIndia,2023,20\r\n", Map.of()),
                Arguments.of("quoted line break", "country,year,usd_billion\n\"Chi\nna\",2024,1.5\nIndia,2023,20\n", Map.of()),
                Arguments.of("semicolon detected", "country;year;usd_billion\nChina;2024;1.5\nIndia;2023;20\n", Map.of()),
                Arguments.of("tab given", "country\tyear\tusd_billion\nChina\t2024\t1.5\nIndia\t2023\t20\n",
                        Map.of("delimiter", "\\t")),
                Arguments.of("pipe detected", "country|year|usd_billion\nChina|2024|1.5\nIndia|2023|20\n", Map.of()),
                Arguments.of("de-DE numbers", "country;year;usd_billion\nChina;2024;1,5\nIndia;2023;\"20,0\"\n",
                        Map.of("locale", "de-DE")),
                Arguments.of("trailing blank lines", "country,year,usd_billion\nChina,2024,1.5\nIndia,2023,20\n\n\n,,\n\n", Map.of()),
                Arguments.of("currency marks", "country,year,usd_billion\nChina,2024,$1.5\nIndia,2023,20 USD\n", Map.of()),
                Arguments.of("header case and spaces", "Country, Year ,USD Billion\nChina,2024,1.5\nIndia,2023,20\n", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quirks")
    void everyQuirkReadsTheSameTwoRows(String quirk, String content, Map<String, String> options) throws Exception {
        List<Row> rows = read(content, options);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text("country")).isIn("China", "Chi\nna");
        assertThat(rows.get(0).get("year")).isEqualTo(2024);
        assertThat((BigDecimal) rows.get(0).get("usd_billion")).isEqualByComparingTo("1.5");
        assertThat(rows.get(1).get("year")).isEqualTo(2023);
        assertThat((BigDecimal) rows.get(1).get("usd_billion")).isEqualByComparingTo("20");
        assertThat(rows.get(1).provenance().title()).isEqualTo("Customs 2024");
    }

    @Test
    void germanNumbersWithGroupingPercentAndQualifiers() throws Exception {
        Files.writeString(dir.resolve("de.csv"), "land;anteil;wert\nChina;12,5 %;~1.234,5\nIndien;0,5%;>2.000 [E]\n");
        List<Row> rows = GenericRead.rows(provider, Map.of("file", "de.csv", "locale", "de-DE", "title", "T",
                "columns", "land:string, anteil:percent:%, wert:decimal"), dir);
        assertThat((BigDecimal) rows.get(0).get("anteil")).isEqualByComparingTo("12.5");
        assertThat((BigDecimal) rows.get(0).get("wert")).isEqualByComparingTo("1234.5");
        assertThat(rows.get(0).qualifier(2)).isEqualTo(Qualifier.APPROXIMATE);
        assertThat((BigDecimal) rows.get(1).get("wert")).isEqualByComparingTo("2000");
        assertThat(rows.get(1).qualifier(2)).isEqualTo(Qualifier.MORE_THAN);
        assertThat(rows.get(1).isEstimated(2)).isTrue();
    }

    @Test
    void malformedValueIsReportedWithFileLineAndColumn() throws Exception {
        String content = "country,year,usd_billion\nChina,2024,1.5\n\"Long\nname\",2023,n/a\n";
        assertThatThrownBy(() -> read(content, Map.of()))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessage(dir.resolve("data.csv") + ":4:12: 'n/a' is not an amount of money (column 'usd_billion')");
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsBadInputAtLineOne() {
        String content = "country,year,usd_billion,year\nChina,2024,1.5,2023\n";
        assertThatThrownBy(() -> read(content, Map.of()))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessage(dir.resolve("data.csv") + ":1: column 'year' appears twice in the header (fields 2 and 4);"
                        + " give each column its own name");
    }

    @Test
    void malformedDecimalAfterBomAndCrlfKeepsItsPosition() throws Exception {
        Files.writeString(dir.resolve("x.csv"), "\uFEFFname;x\r\nA;1\r\nB;n/a\r\n");
        assertThatThrownBy(() -> GenericRead.rows(provider, Map.of("file", "x.csv", "title", "T",
                "columns", "name:string, x:decimal"), dir))
                .hasMessage(dir.resolve("x.csv") + ":3:3: 'n/a' is not a decimal (column 'x')");
    }

    @Test
    void englishGroupingIsRejectedInGerman() {
        assertThatThrownBy(() -> read("country,year,usd_billion\nChina,2024,\"1,234.5\"\n", Map.of("locale", "de-DE")))
                .hasMessageEndingWith(":2:12: '1,234.5' is not an amount of money written with ',' as decimal separator"
                        + " and '.' between groups (see the 'locale' option) (column 'usd_billion')");
    }

    @Test
    void rowsMayNameTheirOwnSourceAndFallBackToTheOptions() throws Exception {
        List<Row> rows = read("country,year,usd_billion,source_title,confidence\nChina,2024,1.5,NBS yearbook,estimate\n"
                + "India,2023,20,,\n", Map.of());
        assertThat(rows.get(0).provenance().title()).isEqualTo("NBS yearbook");
        assertThat(rows.get(0).provenance().confidence()).isEqualTo(Confidence.ESTIMATE);
        assertThat(rows.get(1).provenance().title()).isEqualTo("Customs 2024");
        assertThat(rows.get(1).provenance().confidence()).isEqualTo(Confidence.PUBLISHED);
    }

    @Test
    void withoutTitleEveryRowNeedsASourceColumn() throws Exception {
        Files.writeString(dir.resolve("nosrc.csv"), "country,year,usd_billion\nChina,2024,1.5\n");
        assertThatThrownBy(() -> GenericRead.rows(provider, Map.of("file", "nosrc.csv", "columns", COLUMNS), dir))
                .hasMessageContaining("nosrc.csv:1:1: missing column 'source_title'");
    }

    @Test
    void unknownColumnsAreIgnoredOrRejected() throws Exception {
        String content = "country,year,usd_billion,remarks\nChina,2024,1.5,x\n";
        assertThat(read(content, Map.of())).hasSize(1);
        assertThatThrownBy(() -> read(content, Map.of("unknown-fields", "reject")))
                .hasMessageContaining("data.csv:1:1: unknown column 'remarks'");
    }

    @Test
    void optionalColumnsAllowEmptyCellsRequiredOnesDoNot() throws Exception {
        String content = "country,year,usd_billion\nChina,2024,\n";
        assertThatThrownBy(() -> read(content, Map.of())).hasMessageEndingWith(
                ":2:12: empty value in required column 'usd_billion' (expected money)");
        assertThat(read(content, Map.of("columns", "country:string, year:year, usd_billion?:money:USD billion")))
                .singleElement().satisfies(r -> assertThat(r.get("usd_billion")).isNull());
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(Map.of("columns", "country:nation"), "option 'columns': column 'country:nation' has unknown type 'nation'"),
                Arguments.of(Map.of("columns", ""), "option 'columns' is required"),
                Arguments.of(Map.of("delimiter", "#"), "option 'delimiter': '#' is not a delimiter"),
                Arguments.of(Map.of("locale", "123"), "option 'locale': '123' is not a locale"),
                Arguments.of(Map.of("confidence", "sure"), "option 'confidence': 'sure' is not a confidence"),
                Arguments.of(Map.of("unknown-fields", "warn"), "option 'unknown-fields': 'warn' is neither ignore nor reject"),
                Arguments.of(Map.of("file", "missing.csv"), "option 'file': no such file"),
                Arguments.of(Map.of("dataset", "My Data"), "option 'dataset': 'My Data' may hold only"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badOptions")
    void badOptionsAreRefusedBeforeAnythingIsRead(Map<String, String> bad, String message) throws Exception {
        Files.writeString(dir.resolve("data.csv"), "country,year,usd_billion\nChina,2024,1.5\n");
        Map<String, String> options = new HashMap<>(Map.of("file", "data.csv", "columns", COLUMNS, "title", "T"));
        options.putAll(bad);
        assertThatThrownBy(() -> provider.open(new SourceContext(
                GenericRead.options(provider, options, dir), Map.of(), Locale.US, dir)))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageStartingWith("source 'csv': " + message);
    }

    @Test
    void templatesSeeThePlaceholderWithoutOptionsAndTheRealColumnsWithThem() throws Exception {
        assertThat(provider.datasets()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo(GenericProvider.DEFAULT_DATASET);
            assertThat(d.columns()).extracting(c -> c.name()).containsExactly(GenericProvider.PLACEHOLDER_COLUMN);
        });
        List<DatasetDescriptor> declared = provider.datasets(GenericRead.options(provider,
                Map.of("columns", COLUMNS, "dataset", "exports"), dir));
        assertThat(declared).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("exports");
            assertThat(d.columns()).extracting(c -> c.name()).containsExactly("country", "year", "usd_billion");
            assertThat(d.column("usd_billion").orElseThrow().unit()).isEqualTo("USD billion");
        });
    }

    @Test
    void fetchingAnotherDatasetNameIsBadInput() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "country,year,usd_billion\nChina,2024,1.5\n");
        DataSource source = provider.open(new SourceContext(GenericRead.options(provider,
                Map.of("file", "data.csv", "columns", COLUMNS, "title", "T"), dir), Map.of(), Locale.US, dir));
        assertThatThrownBy(() -> source.fetch("other")).hasMessageContaining("its one dataset is 'rows'");
    }
}
