package dev.dossier.core.flagship;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.pdf.VeraPdf;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flagship with {@code --pdfa --pdfua} in each theme: rendered once, validated by veraPDF
 * for PDF/UA-1 and PDF/A-2b, and its structure tree read back with PDFBox.
 */
class TaggedFlagshipTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "theme {0}")
    @ValueSource(strings = {"dossier", "ledger"})
    void flagshipIsTaggedAndPassesPdfUa1AndPdfA2b(String theme) throws Exception {
        Path pdf = dir.resolve(theme + ".pdf");
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of(FlagshipBriefingTest.THEMES));
        engine.generate(GenerateRequest.builder(FlagshipBriefingTest.TEMPLATE, pdf).theme(theme).pdfa("2b").pdfua(true).build());
        byte[] bytes = Files.readAllBytes(pdf);

        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_B)) {
            VeraPdf.Outcome outcome = VeraPdf.validate(bytes, flavour);
            assertThat(outcome.compliant()).as(flavour + ":\n" + outcome.failures()).isTrue();
        }

        dev.dossier.core.pdf.PdfSummary summary = dev.dossier.core.pdf.PdfInspector.inspect(pdf, null);
        assertThat(summary.tagged()).isTrue();
        assertThat(summary.pdfua()).isEqualTo("PDF/UA-1");
        assertThat(summary.pdfa()).isEqualTo("PDF/A-2B");

        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
            List<PDStructureElement> all = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            List<String> h1 = all.stream().filter(e -> e.getStructureType().equals("H1")).map(e -> e.getStructureType()).toList();
            long sections = all.stream().filter(e -> e.getStructureType().equals("Sect")).count();
            assertThat(sections).isEqualTo(10);
            assertThat(h1).hasSizeGreaterThanOrEqualTo(10);
            assertThat(all).anyMatch(e -> e.getStructureType().equals("H2"));
            assertThat(all).anyMatch(e -> e.getStructureType().equals("TOC"));
            assertThat(all).anyMatch(e -> e.getStructureType().equals("LI"));
            assertThat(all).anyMatch(e -> e.getStructureType().equals("Link"));

            List<PDStructureElement> tables = all.stream().filter(e -> e.getStructureType().equals("Table")).toList();
            assertThat(tables).isNotEmpty();
            for (PDStructureElement table : tables) {
                List<PDStructureElement> rows = children(table, "TR");
                int columns = children(rows.get(0), "TH").size();
                assertThat(columns).as("header cells of the first row").isPositive();
                long cells = rows.stream().mapToLong(r -> children(r, "TH").size() + children(r, "TD").size()).sum();
                assertThat(cells).as("cells = rows × columns").isEqualTo((long) rows.size() * columns);
            }

            List<PDStructureElement> figures = all.stream().filter(e -> e.getStructureType().equals("Figure")).toList();
            assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.getAlternateDescription())
                    .startsWith("Exhibit ").contains("largest: "));
            // the patents exhibit names the country with the most families and its count, as the dataset has them
            assertThat(figures).anySatisfy(f -> assertThat(f.getAlternateDescription()).contains("largest: China, 38,210"));

            // each link sits in an element that draws text, and the tagged text it covers is that element's
            List<PDStructureElement> links = all.stream().filter(e -> e.getStructureType().equals("Link")).toList();
            assertThat(links).isNotEmpty();
            Map<PDPage, List<Glyph>> glyphs = new HashMap<>();
            for (PDStructureElement link : links) {
                PDAnnotation annotation = link.getKids().stream().filter(k -> k instanceof PDObjectReference)
                        .map(k -> (PDAnnotation) ((PDObjectReference) k).getReferencedObject()).findFirst().orElseThrow();
                PDRectangle rect = annotation.getRectangle();
                float height = link.getPage().getMediaBox().getHeight();
                String covered = text(glyphs(link.getPage(), glyphs).stream().filter(g -> rect.contains(
                        g.at().getXDirAdj() + g.at().getWidthDirAdj() / 2, height - g.at().getYDirAdj() + g.at().getHeightDir() / 2)));
                PDStructureElement owner = (PDStructureElement) link.getParent();
                assertThat(owner.getKids()).as("the %s holding a link over '%s' draws text itself", owner.getStructureType(), covered)
                        .anyMatch(k -> k instanceof Integer || k instanceof PDMarkedContentReference);
                assertThat(text(ownGlyphs(owner, glyphs).stream()))
                        .as("text of the %s holding the link over '%s'", owner.getStructureType(), covered).contains(covered);
            }
        }
    }

    /** A drawn glyph and the MCID of the marked content it is drawn in. */
    private record Glyph(int mcid, TextPosition at) {
    }

    private static String text(java.util.stream.Stream<Glyph> glyphs) {
        return glyphs.map(g -> g.at().getUnicode()).collect(java.util.stream.Collectors.joining()).replaceAll("\\s+", "");
    }

    /** The glyphs an element's own marked content draws, its Link children left out. */
    private static List<Glyph> ownGlyphs(PDStructureElement element, Map<PDPage, List<Glyph>> cache) throws IOException {
        List<Glyph> own = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                glyphs(element.getPage(), cache).stream().filter(g -> g.mcid() == mcid).forEach(own::add);
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage page = ref.getPage() != null ? ref.getPage() : element.getPage();
                glyphs(page, cache).stream().filter(g -> g.mcid() == ref.getMCID()).forEach(own::add);
            } else if (kid instanceof PDStructureElement child && !child.getStructureType().equals("Link")) {
                own.addAll(ownGlyphs(child, cache));
            }
        }
        return own;
    }

    private static List<Glyph> glyphs(PDPage page, Map<PDPage, List<Glyph>> cache) throws IOException {
        if (!cache.containsKey(page)) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            List<Glyph> all = new ArrayList<>();
            extractor.getMarkedContents().forEach(mc -> addGlyphs(mc, mc.getMCID(), all));
            cache.put(page, all);
        }
        return cache.get(page);
    }

    private static void addGlyphs(PDMarkedContent content, int enclosing, List<Glyph> into) {
        int mcid = content.getMCID() >= 0 ? content.getMCID() : enclosing;
        for (Object o : content.getContents()) {
            if (o instanceof TextPosition glyph && mcid >= 0) {
                into.add(new Glyph(mcid, glyph));
            } else if (o instanceof PDMarkedContent inner) {
                addGlyphs(inner, mcid, into);
            }
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                into.add(e);
                collect(e, into);
            }
        }
    }

    private static List<PDStructureElement> children(PDStructureElement parent, String type) {
        return parent.getKids().stream().filter(k -> k instanceof PDStructureElement e && e.getStructureType().equals(type))
                .map(k -> (PDStructureElement) k).toList();
    }
}
