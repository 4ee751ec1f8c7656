package dev.dossier.core.layout;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.pdf.VeraPdf;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The right-to-left example: Arabic and Hebrew names in a table and in text, read back with
 * PDFBox and compared with the CSV file the template reads.
 */
class RightToLeftTest {

    private static final Path TEMPLATE = Path.of("../examples/rtl/ai-institutions.yaml");
    private static final Path DATA = Path.of("../examples/rtl/institutions.csv");

    @TempDir
    static Path dir;
    static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        Path out = dir.resolve("rtl.pdf");
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of(Path.of("../templates/themes")));
        engine.generate(GenerateRequest.builder(TEMPLATE, out).pdfa("2b").pdfua(true).build());
        pdf = Files.readAllBytes(out);
    }

    /** The right-to-left names of the CSV's "native" column. */
    private static List<String> nativeNames() throws IOException {
        return Files.readAllLines(DATA).stream().skip(1).map(l -> l.split(",")[1]).filter(n -> !n.contains("(")).toList();
    }

    @Test
    void arabicAndHebrewNamesExtractInLogicalOrder() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String name : nativeNames()) {
            String firstLine = name.split(" ").length > 4 ? String.join(" ", List.of(name.split(" ")).subList(0, 4)) : name;
            assertThat(text).contains(firstLine);
        }
        assertThat(text).contains("is called جامعة محمد بن زايد للذكاء الاصطناعي in Arabic");
    }

    @Test
    void arabicLettersAreDrawnInTheirJoinedForms() throws IOException {
        List<String> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text.getUnicode());
                    super.processTextPosition(text);
                }
            };
            stripper.writeText(doc, new StringWriter());
        }
        // Arabic Presentation Forms-B: initial, medial and final letter shapes
        assertThat(glyphs).anyMatch(g -> g.codePoints().anyMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF));
    }

    @Test
    void rightToLeftExamplePassesPdfUa1AndPdfA2b() throws Exception {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_B)) {
            VeraPdf.Outcome outcome = VeraPdf.validate(pdf, flavour);
            assertThat(outcome.compliant()).as(flavour + ":\n" + outcome.failures()).isTrue();
        }
    }
}
