package dev.dossier.core.flagship;

import dev.dossier.api.Row;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.FigureRef;
import dev.dossier.core.template.LiteralNumbers;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.TemplateLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.time.Month;
import java.time.format.TextStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flagship rendered with {@code -p locale=de-DE}: English prose tagged en-US, German numbers,
 * dates in the German numeric form and never a German month name.
 */
class FlagshipLocaleTest {

    @TempDir
    static Path dir;
    static ProviderRegistry registry;
    static ReportDefinition definition;
    static GenerateResult result;
    static String text;
    static String language;

    @BeforeAll
    static void generate() throws IOException {
        registry = ProviderRegistry.discover(List.of());
        ReportEngine engine = new ReportEngine(registry, List.of(FlagshipBriefingTest.THEMES));
        result = engine.generate(GenerateRequest.builder(FlagshipBriefingTest.TEMPLATE, dir.resolve("de.pdf"))
                .parameters(Map.of("locale", "de-DE")).build());
        definition = new TemplateLoader().load(FlagshipBriefingTest.TEMPLATE);
        try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
            text = new PDFTextStripper().getText(pdf);
            language = pdf.getDocumentCatalog().getLanguage();
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theEnglishBriefingStaysTaggedEnglish() {
        assertThat(language).isEqualTo("en-US");
    }

    @Test
    void figuresInExhibitAndTableTitlesAreTheDatasetsInGermanForm() {
        ValueFormatter de = new ValueFormatter(Locale.GERMANY, Locale.US);
        List<String> titles = new ArrayList<>();
        try (ReportData data = new ReportData(definition, registry, Locale.GERMANY)) {
            definition.blocks().forEach(b -> {
                String title = b instanceof Block.Chart c ? c.title() : b instanceof Block.Table t ? t.title() : null;
                if (title != null && title.contains("{{")) {
                    Matcher m = FigureRef.IN_TEXT.matcher(title);
                    StringBuilder out = new StringBuilder();
                    while (m.find()) {
                        FigureRef ref = FigureRef.parse(m.group(1), b.location());
                        Row row = data.first(ref.binding()).orElseThrow();
                        m.appendReplacement(out, Matcher.quoteReplacement(de.prose(row, ref.column())));
                    }
                    titles.add(m.appendTail(out).toString());
                }
            });
        }
        assertThat(titles).isNotEmpty().anySatisfy(t -> assertThat(t).contains("5.600"));
        assertThat(titles).allSatisfy(t -> assertThat(squeeze(text)).contains(squeeze(t)));
    }

    @Test
    void noTitleOrCaptionOfTheFlagshipHasATypedInFigure() {
        assertThat(LiteralNumbers.in(definition)).isEmpty();
    }

    @Test
    void everyDatedTableCellPrintsInGermanDateForm() {
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMANY);
        String squeezed = squeeze(text);
        int dates = 0;
        try (ReportData data = new ReportData(definition, registry, Locale.GERMANY)) {
            for (Block.Table table : definition.blocks().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList()) {
                for (Row row : data.materialise(table.data())) {
                    int date = row.descriptor().indexOf("date");
                    if (date >= 0 && row.get(date) instanceof LocalDate d && table.columns().contains("period")
                            && d.format(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)).equals(row.text("period"))) {
                        // the period says exactly the date: it prints as the locale writes dates
                        assertThat(new ValueFormatter(Locale.GERMANY, Locale.US).cell(row, "period")).isEqualTo(medium.format(d));
                        assertThat(squeezed).contains(medium.format(d));
                        dates++;
                    }
                }
            }
        }
        assertThat(dates).isGreaterThanOrEqualTo(3);
    }

    /**
     * German month names that are not also English ones ("Juli", "Okt", "Dezember", …), from the
     * JDK's own German calendar words, so the test does not depend on a hand-typed list.
     */
    static List<String> germanOnlyMonthNames() {
        Set<String> english = new HashSet<>();
        Set<String> german = new LinkedHashSet<>();
        for (TextStyle style : TextStyle.values()) {
            for (Month m : Month.values()) {
                for (Locale en : new Locale[] {Locale.US, Locale.UK}) {
                    english.add(m.getDisplayName(style, en).replace(".", "").toLowerCase(Locale.ROOT));
                }
                german.add(m.getDisplayName(style, Locale.GERMANY).replace(".", ""));
            }
        }
        return german.stream().filter(g -> g.length() > 2 && !english.contains(g.toLowerCase(Locale.ROOT))).toList();
    }

    @Test
    void noGermanMonthNameAppearsInTheEnglishBriefing() {
        List<String> names = germanOnlyMonthNames();
        assertThat(names).contains("Juli", "Okt", "Dezember", "März");
        for (String name : names) {
            assertThat(Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})").matcher(text).find())
                    .as("German month name '%s' in the English briefing", name).isFalse();
        }
        // German abbreviations end in a dot before the year ("Sept. 2025", "Aug. 2025"); English text here does not
        assertThat(Pattern.compile("(?<!\\p{L})\\p{Lu}\\p{Ll}{2,3}\\. \\d{4}").matcher(text).find()).isFalse();
    }

    @Test
    void aDateInsideATableCellsPhraseIsPrintedAsTheSourceWroteIt() {
        String squeezed = squeeze(text);
        Pattern month = Pattern.compile("(?<!\\p{L})(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4}");
        Pattern whole = Pattern.compile("(\\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4}");
        int phrases = 0;
        try (ReportData data = new ReportData(definition, registry, Locale.GERMANY)) {
            for (Block.Table table : definition.blocks().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList()) {
                for (Row row : data.materialise(table.data())) {
                    for (String column : table.columns()) {
                        int i = row.descriptor().indexOf(column);
                        if (i >= 0 && row.get(i) instanceof String cell && month.matcher(cell).find()
                                && !whole.matcher(cell.strip()).matches()) {
                            assertThat(squeezed).as("cell '%s'", cell).contains(squeeze(cell));
                            phrases++;
                        }
                    }
                }
            }
        }
        assertThat(phrases).isGreaterThanOrEqualTo(3);
    }
}
