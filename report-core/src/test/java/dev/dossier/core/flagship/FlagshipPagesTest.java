package dev.dossier.core.flagship;

import dev.dossier.api.ColumnType;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.TemplateLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the flagship back, in both bundled themes, as a reader would look at its pages: how
 * full each page is, whether table rows stay whole, how large chart labels are, whether every
 * estimate is marked and whether a column's decimals agree. Expected values come from the
 * datasets, never from numbers typed here.
 */
class FlagshipPagesTest {

    /** The text area of an A4 page, from the top edge, in points (the layout's margins). */
    private static final float TOP = 72f;
    private static final float BOTTOM = 842f - 66f;

    @TempDir
    static Path dir;
    static final Map<String, Path> pdfs = new HashMap<>();
    static ReportDefinition definition;
    static ProviderRegistry registry;

    @BeforeAll
    static void generate() throws IOException {
        registry = ProviderRegistry.discover(List.of());
        ReportEngine engine = new ReportEngine(registry, List.of(FlagshipBriefingTest.THEMES));
        definition = new TemplateLoader().load(FlagshipBriefingTest.TEMPLATE);
        for (String theme : List.of("dossier", "ledger")) {
            Path out = dir.resolve(theme + ".pdf");
            engine.generate(GenerateRequest.builder(FlagshipBriefingTest.TEMPLATE, out).theme(theme).build());
            pdfs.put(theme, out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "ledger"})
    void fitsInTwentyPages(String theme) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(theme).toFile())) {
            assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(20);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "ledger"})
    void noPageOfTheBodyButTheLastIsLessThanFortyPercentFull(String theme) throws IOException {
        List<Float> fill = fill(pdfs.get(theme));
        // page 1 is the cover and page 2 the contents: front matter, not pages of the body
        for (int p = 2; p < fill.size() - 1; p++) {
            assertThat(fill.get(p)).as("page %d of the %s theme is %.0f%% full", p + 1, theme, fill.get(p) * 100)
                    .isGreaterThanOrEqualTo(0.40f);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "ledger"})
    void noTableRowIsSplitAcrossPages(String theme) throws IOException {
        List<String> pages = pageTexts(pdfs.get(theme)).stream().map(FlagshipPagesTest::squeeze).toList();
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            ValueFormatter format = new ValueFormatter(Locale.US);
            for (Block.Table table : tables()) {
                List<Row> rows = data.materialise(table.data());
                java.util.Map<String, Integer> decimals = TableDecimals.of(table, rows);
                for (Row row : rows) {
                    List<String> cells = table.columns().stream()
                            .map(c -> squeeze(format.cell(row, row.descriptor().indexOf(c), decimals.get(c),
                                    TableDecimals.declared(table, c))))
                            .filter(c -> c.length() > 3).toList();
                    if (cells.size() < 2) {
                        continue; // a row of short cells cannot be told apart from others by its text
                    }
                    String first = cells.get(0);
                    String last = cells.get(cells.size() - 1);
                    assertThat(pages.stream().anyMatch(p -> p.contains(first) && p.contains(last)))
                            .as("%s: the row '%s' … '%s' is on one page", table.data().ref(), first, last).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "ledger"})
    void chartLabelsAreAtLeastEightAndAHalfPoints(String theme) throws IOException {
        List<Float> sizes = new ArrayList<>();
        StringBuilder small = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(theme).toFile())) {
            PDFTextStripper charts = new PDFTextStripper() {
                private int depth;

                @Override
                public void showForm(PDFormXObject form) throws IOException {
                    // charts are the wide forms; the small ones hold page numbers drawn when the document closed
                    boolean chart = form.getBBox().getWidth() > 100;
                    depth += chart ? 1 : 0;
                    super.showForm(form);
                    depth -= chart ? 1 : 0;
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    if (depth > 0 && !text.getUnicode().isBlank()) {
                        // the size as drawn (font size times the text matrix); getFontSizeInPt() rounds down to whole points
                        float size = text.getYScale();
                        sizes.add(size);
                        if (size < 8.49f) {
                            small.append(text.getUnicode());
                        }
                    }
                }
            };
            charts.getText(pdf);
        }
        assertThat(small).as("chart text under 8.5 pt").isEmpty();
        assertThat(sizes).hasSizeGreaterThan(200).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(8.5f - 0.01f));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "ledger"})
    void everyEstimatedFigureInATableCarriesItsMark(String theme) throws IOException {
        String text = squeeze(String.join("", pageTexts(pdfs.get(theme))));
        int marked = 0;
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            ValueFormatter format = new ValueFormatter(Locale.US);
            for (Block.Table table : tables()) {
                for (Row row : data.materialise(table.data())) {
                    for (String column : table.columns()) {
                        int i = row.descriptor().indexOf(column);
                        ColumnType type = row.descriptor().columns().get(i).type();
                        if (row.get(i) != null && (type.isNumeric() || type == ColumnType.YEAR) && row.isEstimated(i)) {
                            String cell = squeeze(format.cell(row, i) + ConfidenceMarks.mark(row, i));
                            assertThat(text).as("%s, column %s", table.data().ref(), column).contains(cell);
                            marked++;
                        }
                    }
                }
            }
        }
        assertThat(marked).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "ledger"})
    void plainFiguresInATableColumnShowTheSameDecimals(String theme) throws IOException {
        String text = squeeze(String.join("", pageTexts(pdfs.get(theme))));
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            for (Block.Table table : tables()) {
                List<Row> rows = data.materialise(table.data());
                java.util.Map<String, Integer> columnDecimals = TableDecimals.of(table, rows);
                for (String column : table.columns()) {
                    int i = rows.isEmpty() ? -1 : rows.get(0).descriptor().indexOf(column);
                    List<BigDecimal> plain = new ArrayList<>();
                    for (Row row : rows) {
                        if (row.get(i) instanceof BigDecimal b && row.qualifier(i) == Qualifier.EXACT
                                && ConfidenceMarks.confidence(row, i) == dev.dossier.api.Confidence.PUBLISHED) {
                            plain.add(b);
                        }
                    }
                    int decimals = columnDecimals.get(column); // one precision per column, decided once
                    boolean declared = TableDecimals.declared(table, column);
                    for (BigDecimal b : plain) {
                        // rounded to the column's decimals; padded only where the template declares them
                        int places = declared ? decimals : Math.min(Math.max(0, b.scale()), decimals);
                        String printed = new java.text.DecimalFormat("#,##0" + (places > 0 ? "." + "0".repeat(places) : ""),
                                java.text.DecimalFormatSymbols.getInstance(Locale.US)).format(b.setScale(places, java.math.RoundingMode.HALF_UP));
                        assertThat(text).as("%s, column %s", table.data().ref(), column).contains(printed);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "ledger"})
    void proseIsSetSeventyToEightyFiveCharactersToTheLine(String theme) throws IOException {
        String conclusion = definition.sections().stream().filter(s -> s.title().equals("Conclusion")).findFirst()
                .orElseThrow().blocks().stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).markdown())
                .findFirst().orElseThrow().replaceAll("\\s+", " ").strip();
        List<Integer> lengths = new ArrayList<>();
        for (String page : pageTexts(pdfs.get(theme))) {
            for (String line : page.lines().map(String::strip).toList()) {
                if (line.length() > 20 && conclusion.contains(line)) {
                    lengths.add(line.length());
                }
            }
        }
        assertThat(lengths).hasSizeGreaterThan(3);
        // every full line (the paragraph's last may be short), ragged right: a long word moves down whole
        List<Integer> full = lengths.subList(0, lengths.size() - 1);
        assertThat(full).allSatisfy(n -> assertThat(n).isBetween(60, 90));
        assertThat(full.stream().mapToInt(Integer::intValue).average().orElse(0)).isBetween(70.0, 85.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "ledger"})
    void noPageOpensWithTheSourceOrNoteOfABlockOnThePageBefore(String theme) throws IOException {
        List<String> pages = pageTexts(pdfs.get(theme), true);
        for (int p = 2; p < pages.size(); p++) {
            // the first two lines are the running header
            String first = pages.get(p).lines().skip(2).filter(l -> !l.isBlank()).findFirst().orElse("");
            assertThat(first).as("page %d of the %s theme", p + 1, theme)
                    .doesNotStartWith("Source").doesNotStartWith("Note");
        }
    }

    private static List<Block.Table> tables() {
        return definition.blocks().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        return pageTexts(pdf, false);
    }

    /** @param byPosition in reading order (tables are drawn in a layer of their own, so their text comes apart from the rest) */
    private static List<String> pageTexts(Path pdf, boolean byPosition) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc));
            }
        }
        return out;
    }

    /** For each page, how far down the text area its lowest text reaches (0 empty, 1 full); the running lines do not count. */
    static List<Float> fill(Path pdf) throws IOException {
        List<Float> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                float[] lowest = {TOP};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        float y = text.getYDirAdj();
                        if (y > TOP && y < BOTTOM && !text.getUnicode().isBlank()) {
                            lowest[0] = Math.max(lowest[0], y);
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
                out.add((lowest[0] - TOP) / (BOTTOM - TOP));
            }
        }
        return out;
    }
}
