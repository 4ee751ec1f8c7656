package dev.dossier.core.layout;

import dev.dossier.api.ColumnType;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document language and the number locale are separate; dates, composed letters and
 * characters no font has, read back from the PDF.
 */
class LocaleAndTextTest {

    /** The dataset, one line per row: item, note, day (date), iso (text), amount (decimal). */
    static final List<String[]> ROWS = List.of(
            new String[] {"Alpha", "plain", "2025-03-14", "2024-10-07", "1234.5"},
            new String[] {"Caf\u0065\u0301 Ren\u0065\u0301e", "composed", "2023-01-02", "7 Oct 2022", "2.5"},
            new String[] {"Beaker", "flask \uD83E\uDDEA here", "2022-12-31", "Jul 2024", "3"},
            new String[] {"Icon", "private \uE000 use", "2021-06-01", "since 2019", "4"},
            new String[] {"Delta", "dated", "2020-05-08", "announced 6 Mar 2025; launch end-Aug 2023", "5"});

    /** The cover date given as a parameter. */
    static final LocalDate COVER = LocalDate.of(2026, 12, 3);

    @TempDir
    static Path dir;
    static GenerateResult german;
    static String germanText;
    static String germanLanguage;
    static String britishLanguage;
    static String britishText;
    static String germanDocumentText;

    @BeforeAll
    static void generate() throws IOException {
        StringBuilder csv = new StringBuilder("item,note,day,iso,amount\n");
        ROWS.forEach(r -> csv.append(String.join(",", r)).append('\n'));
        Files.writeString(dir.resolve("items.csv"), csv);
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("t.yaml"), """
                title: "Locale and text"
                theme: %s
                parameters: { locale: en-US }
                sources:
                  csv: { file: items.csv, dataset: items, columns: "item:string, note:string, day:date, iso:string, amount:decimal", title: "Test sheet" }
                sections:
                  - title: "Figures \\uE000 and dates"
                    blocks:
                      - text: "In prose: Ren\\u0065\\u0301e, and {{csv/items[item=Alpha].amount}}."
                      - table: { data: csv/items, columns: [item, note, day, iso, amount], title: "Items" }
                      - chart: { type: hbar, data: csv/items, x: note, y: [amount], title: "Notes as labels" }
                      - chart:
                          type: bar
                          data: csv/items
                          x: item
                          y: [amount]
                          title: "Alpha reached {{csv/items[item=Alpha].amount}}, typed 1,234.5"
                          subtitle: "Amounts in 2025, per Ascend 910C"
                """.formatted(theme));
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of());
        german = engine.generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("de.pdf"))
                .parameters(Map.of("locale", "de-DE", "date", COVER.toString())).build());
        try (PDDocument pdf = Loader.loadPDF(german.output().toFile())) {
            germanText = new PDFTextStripper().getText(pdf);
            germanLanguage = pdf.getDocumentCatalog().getLanguage();
        }
        GenerateResult british = engine.generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("gb.pdf"))
                .parameters(Map.of("locale", "de-DE", "language", "en-GB", "date", COVER.toString())).build());
        try (PDDocument pdf = Loader.loadPDF(british.output().toFile())) {
            britishLanguage = pdf.getDocumentCatalog().getLanguage();
            britishText = new PDFTextStripper().getText(pdf);
        }
        GenerateResult germanDocument = engine.generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("dede.pdf"))
                .parameters(Map.of("locale", "de-DE", "language", "de-DE", "date", COVER.toString())).build());
        try (PDDocument pdf = Loader.loadPDF(germanDocument.output().toFile())) {
            germanDocumentText = new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void aNumberLocaleLeavesTheDocumentLanguageWhileNumbersFollowIt() {
        assertThat(germanLanguage).isEqualTo("en-US");
        ValueFormatter de = new ValueFormatter(Locale.GERMANY);
        String amount = de.value(new BigDecimal(ROWS.get(0)[4]), ColumnType.DECIMAL);
        assertThat(amount).isNotEqualTo(ROWS.get(0)[4]);
        assertThat(germanText).contains("and " + amount + ".").contains(amount);
    }

    @Test
    void theLanguageParameterSetsTheDocumentLanguage() {
        assertThat(britishLanguage).isEqualTo("en-GB");
    }

    @Test
    void datesInDateColumnsAndWholeDateCellsPrintInTheLocalesNumericForm() {
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMANY);
        String flat = germanText.replaceAll("\\s+", " ");
        for (String[] row : ROWS) {
            assertThat(flat).contains(medium.format(LocalDate.parse(row[2])));
        }
        assertThat(flat).contains(medium.format(LocalDate.parse(ROWS.get(0)[3])))
                .contains(medium.format(LocalDate.of(2022, 10, 7)))
                .doesNotContain("Oct 2022").doesNotContain(ROWS.get(0)[3]);
    }

    @Test
    void aMonthAndYearCellIsWrittenInTheDocumentLanguageNotTheLocale() {
        String german = DateTimeFormatter.ofPattern("MMM uuuu", Locale.GERMANY).format(java.time.YearMonth.of(2024, 7));
        assertThat(germanText.replaceAll("\\s+", " ")).contains(ROWS.get(2)[3]).doesNotContain(german);
        assertThat(britishText.replaceAll("\\s+", " ")).contains(ROWS.get(2)[3]).doesNotContain(german);
        assertThat(germanDocumentText.replaceAll("\\s+", " ")).contains(german);
    }

    @Test
    void aDateInsideAPhraseIsLeftExactlyAsWritten() {
        String squeezed = germanText.replaceAll("\\s+", "");
        assertThat(squeezed).contains(ROWS.get(3)[3].replaceAll("\\s+", ""))
                .contains(ROWS.get(4)[3].replaceAll("\\s+", ""));
        assertThat(germanDocumentText.replaceAll("\\s+", "")).contains(ROWS.get(4)[3].replaceAll("\\s+", ""));
    }

    @Test
    void theCoverDateIsWrittenInTheDocumentLanguage() {
        String english = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US).format(COVER);
        String british = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK).format(COVER);
        String german = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMANY).format(COVER);
        assertThat(germanText).contains(english).doesNotContain(german);
        assertThat(britishText).contains(british).doesNotContain(german);
        assertThat(germanDocumentText).contains(german);
    }

    @Test
    void aBaseLetterAndACombiningAccentInACellComeBackAsOneAccentedLetter() {
        assertThat(germanText).contains("Caf\u00E9 Ren\u00E9e").contains("In prose: Ren\u00E9e").doesNotContain("\u0301");
    }

    @Test
    void aCharacterNoFontHasIsAVisiblePlaceholderAndAWarningNamingDatasetRowKeyAndColumn() {
        assertThat(germanText).contains("flask \uFFFD here").contains("private \uFFFD use")
                .doesNotContain("\uD83E\uDDEA").doesNotContain("\uE000");
        assertThat(german.warnings()).anySatisfy(w -> assertThat(w)
                .contains("dataset 'csv/items', row 3 ('Beaker'), column 'note'").contains("U+1F9EA"));
        assertThat(german.warnings()).anySatisfy(w -> assertThat(w)
                .contains("dataset 'csv/items', row 4 ('Icon'), column 'note'").contains("U+E000"));
    }

    @Test
    void aChartLabelWithACharacterNoFontHasShowsThePlaceholder() {
        long placeholders = germanText.lines().filter(l -> l.contains("flask \uFFFD here")).count();
        assertThat(placeholders).as("table cell and chart label").isGreaterThanOrEqualTo(2);
        assertThat(german.warnings()).anySatisfy(w -> assertThat(w)
                .contains("Exhibit 1, dataset 'csv/items', row 3 ('Beaker'), column 'note'").contains("U+1F9EA"));
    }

    @Test
    void aFigureReferenceInATitlePrintsInTheLocale() {
        String amount = new ValueFormatter(Locale.GERMANY).value(new BigDecimal(ROWS.get(0)[4]), ColumnType.DECIMAL);
        assertThat(germanText.replaceAll("\\s+", " ")).contains("Alpha reached " + amount + ", typed 1,234.5")
                .doesNotContain("{{");
    }

    @Test
    void validateWarnsOfANumberTypedIntoATitleWithFileLineAndTheReferenceThatSuppliesIt() {
        List<String> messages = new java.util.ArrayList<>();
        new ReportEngine(ProviderRegistry.discover(List.of()), List.of()).withProgress(messages::add)
                .validate(dir.resolve("t.yaml"), Map.of(), null);
        List<String> warnings = messages.stream().filter(m -> m.startsWith("warning: ")).toList();
        assertThat(warnings).filteredOn(w -> w.contains("is typed in")).singleElement().satisfies(w -> assertThat(w)
                .containsPattern("t\\.yaml:\\d+:\\d+: exhibit title: '1,234\\.5' is typed in")
                .contains("{{csv/items[item=Alpha].amount}}"));
    }

    @Test
    void aCharacterNoFontHasInTemplateTextIsReportedWithFileAndLine() {
        assertThat(german.warnings()).anySatisfy(w -> assertThat(w)
                .containsPattern("t\\.yaml:\\d+(:\\d+)?: section title").contains("U+E000"));
        assertThat(germanText).contains("Figures \uFFFD and dates");
    }
}
