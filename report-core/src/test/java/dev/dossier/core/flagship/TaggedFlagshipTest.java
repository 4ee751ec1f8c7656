package dev.dossier.core.flagship;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.pdf.VeraPdf;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
