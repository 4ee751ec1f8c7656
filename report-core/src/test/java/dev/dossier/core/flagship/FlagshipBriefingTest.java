package dev.dossier.core.flagship;

import dev.dossier.api.Confidence;
import dev.dossier.api.Row;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.Section;
import dev.dossier.core.template.TemplateLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates the flagship briefing once and reads it back with PDFBox, comparing what the PDF
 * says with the datasets it was made from.
 */
class FlagshipBriefingTest {

    static final Path TEMPLATE = Path.of("../templates/china-ai-briefing.yaml");
    static final Path THEMES = Path.of("../templates/themes");

    @TempDir
    static Path dir;
    static GenerateResult result;
    static ReportDefinition definition;
    static String text;
    static ProviderRegistry registry;

    @BeforeAll
    static void generate() throws IOException {
        registry = ProviderRegistry.discover(List.of());
        ReportEngine engine = new ReportEngine(registry, List.of(THEMES));
        result = engine.generate(GenerateRequest.builder(TEMPLATE, dir.resolve("briefing.pdf")).build());
        definition = new TemplateLoader().load(TEMPLATE);
        try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
    }

    /** Text with all white space removed, so values wrapped across lines still match. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void hasAtLeastTenPagesAndReportsItsPageCount() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(10).isEqualTo(result.pages());
        }
    }

    @Test
    void outlineHasOneEntryPerSectionInOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactlyElementsOf(definition.sections().stream().map(Section::title).toList());
        }
    }

    @Test
    void everyKpiValueAppearsAsFormattedFromItsDataset() {
        List<String> values = new ArrayList<>();
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            ValueFormatter format = new ValueFormatter(Locale.US);
            definition.blocks().filter(b -> b instanceof Block.Kpis).map(b -> (Block.Kpis) b)
                    .flatMap(k -> k.tiles().stream())
                    .forEach(tile -> values.add(format.cell(data.first(tile.data()).orElseThrow(), tile.value())));
        }
        assertThat(values).hasSize(6).allSatisfy(v -> assertThat(v).isNotBlank());
        assertThat(values).allSatisfy(v -> assertThat(text).contains(v));
    }

    /**
     * The summary leads with primary figures (WIPO, CAICT) and keeps the starting article's figures
     * after them, each carrying its blog-post confidence from the dataset row.
     */
    @Test
    void kpiTilesLeadWithPrimaryFiguresAndKeepTheBlogPostFigures() {
        List<Confidence> confidences = new ArrayList<>();
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            definition.blocks().filter(b -> b instanceof Block.Kpis).map(b -> (Block.Kpis) b)
                    .flatMap(k -> k.tiles().stream())
                    .forEach(tile -> confidences.add(data.first(tile.data()).orElseThrow().provenance().confidence()));
        }
        assertThat(confidences.get(0)).isEqualTo(Confidence.PUBLISHED);
        int firstBlog = confidences.indexOf(Confidence.BLOG_POST);
        assertThat(firstBlog).as("blog-post tiles kept").isPositive();
        assertThat(confidences.subList(0, firstBlog)).as("primary tiles first").containsOnly(Confidence.PUBLISHED)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(confidences.subList(firstBlog, confidences.size())).as("then the article's figures")
                .containsOnly(Confidence.BLOG_POST);
    }

    @Test
    void everyTableCellAppearsAsFormattedFromItsDataset() {
        String squeezed = squeeze(text);
        int cells = 0;
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            ValueFormatter format = new ValueFormatter(Locale.US);
            for (Block.Table table : definition.blocks().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList()) {
                List<Row> rows = data.materialise(table.data());
                java.util.Map<String, Integer> decimals = TableDecimals.of(table, rows);
                for (Row row : rows) {
                    for (String column : table.columns()) {
                        String cell = format.cell(row, row.descriptor().indexOf(column), decimals.get(column),
                                TableDecimals.declared(table, column));
                        // a long cell may be split across a page break, with the running lines in between
                        boolean whole = squeezed.contains(squeeze(cell));
                        assertThat(whole || java.util.Arrays.stream(cell.split("\\s+")).allMatch(text::contains))
                                .as("table %s, column %s: '%s'", table.data().ref(), column, cell).isTrue();
                        cells++;
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(200);
    }

    @Test
    void chineseNamesExtractFromTablesAndText() {
        assertThat(text).contains("华为", "百度", "腾讯", "通义千问");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
            for (PDPage page : pdf.getPages()) {
                forEachFont(page.getResources(), font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            }
        }
    }

    @Test
    void chartsAreVectorFormsNotImages() throws IOException {
        int forms = 0;
        try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
            for (PDPage page : pdf.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    PDXObject x = res.getXObject(name);
                    assertThat(x).isNotInstanceOf(PDImageXObject.class);
                    if (x instanceof PDFormXObject) {
                        forms++;
                    }
                }
            }
        }
        long charts = definition.blocks().filter(b -> b instanceof Block.Chart).count();
        assertThat(charts).isGreaterThanOrEqualTo(6);
        assertThat(forms).isGreaterThanOrEqualTo((int) charts);
    }

    @Test
    void chartCategoriesAreExtractableText() {
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            Block.Chart patents = definition.blocks().filter(b -> b instanceof Block.Chart c
                    && c.data().ref().equals("patents/families-by-country")).map(b -> (Block.Chart) b).findFirst().orElseThrow();
            for (Row row : data.materialise(patents.data())) {
                assertThat(text).contains(row.text("entity"));
            }
        }
    }

    @Test
    void everyExhibitAndTableHasASourceLineAndTheAppendixListsSources() {
        long exhibits = definition.blocks().filter(b -> b instanceof Block.Chart || b instanceof Block.Table).count();
        long sourceLines = text.lines().filter(l -> l.startsWith("Source: ") || l.startsWith("Sources: ")).count();
        assertThat(sourceLines).isGreaterThanOrEqualTo(exhibits);
        assertThat(text).contains("[1]");
        assertThat(squeeze(text)).contains(squeeze("Confidence: blog post (not independently confirmed)"));
    }

    @Test
    void runningFooterCountsPages() {
        assertThat(text).contains("Page 2 of " + result.pages()).contains("Page " + result.pages() + " of " + result.pages());
    }

    private static void forEachFont(PDResources res, java.util.function.Consumer<PDFont> check) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            check.accept(res.getFont(name));
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDFormXObject form) {
                forEachFont(form.getResources(), check);
            }
        }
    }
}
