package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dossier preview} and {@code dossier inspect} on a PDF made in the test. */
class PdfCommandsTest {



    /** Three A4 pages in an embedded Liberation Sans, one outline entry per page, the second with a child. */
    private static Path report(Path dir) throws Exception {
        byte[] font;
        try (InputStream in = PdfCommandsTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            font = in.readAllBytes();
        }
        BaseFont base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, true, true, font, null);
        Path file = dir.resolve("brief.pdf");
        try (var out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("中国人工智能战略");
            doc.open();
            String[] sections = {"Patents", "Companies", "Chips"};
            for (int i = 0; i < sections.length; i++) {
                if (i > 0) {
                    doc.newPage();
                }
                doc.add(new Paragraph(sections[i], new Font(base, 12)));
                PdfOutline o = new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FIT), sections[i]);
                if (i == 1) {
                    new PdfOutline(o, new PdfDestination(PdfDestination.FIT), "Investment");
                }
            }
            doc.close();
        }
        return file;
    }

    @Test
    void previewWritesOnePngPerSelectedPageAndNamesEach(@TempDir Path dir) throws Exception {
        Path pdf = report(dir);
        CliRun r = CliRun.of("preview", pdf.toString(), "--pages", "1,3", "-o", dir.resolve("png").toString(), "--dpi", "30");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("png/brief-p01.png")).exists();
        assertThat(dir.resolve("png/brief-p02.png")).doesNotExist();
        assertThat(dir.resolve("png/brief-p03.png")).exists();
        assertThat(r.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).endsWith(".png"));
    }

    @Test
    void previewOfAPageBeyondTheDocumentExitsTwo(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("preview", report(dir).toString(), "--pages", "2-7", "-o", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-PREVIEW-PAGES").contains("page 7").contains("3 pages")
                .contains("docs/errors.md#preview-pages");
        assertThat(dir.resolve("brief-p02.png")).doesNotExist();
    }

    @Test
    void previewOfAMalformedRangeExitsTwo(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("preview", report(dir).toString(), "--pages", "3-1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-PREVIEW-PAGES").contains("'3-1'");
    }

    @Test
    void aFileThatIsNotAPdfExitsTwo(@TempDir Path dir) throws Exception {
        Path notPdf = Files.writeString(dir.resolve("briefing.json"), "{\"rows\": []}");
        for (String command : new String[] {"preview", "inspect"}) {
            CliRun r = CliRun.of(command, notPdf.toString());
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("DOS-PDF-UNREADABLE").contains("briefing.json");
        }
    }

    @Test
    void inspectPrintsMetadataPagesOutlineAndFonts(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("inspect", report(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("中国人工智能战略").contains("Pages:       3")
                .contains("595 × 842 pt (210 × 297 mm)").containsPattern("[A-Z]{6}\\+LiberationSans\\s+Type0 \\(CIDFontType2\\)\\s+embedded, subset")
                .contains("Encrypted:   no").contains("  Companies … p. 2").contains("    Investment … p. 2");
    }

    @Test
    void inspectJsonIsMachineReadable(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("inspect", "--json", report(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("pages").asInt()).isEqualTo(3);
        assertThat(json.at("/metadata/title").asText()).isEqualTo("中国人工智能战略");
        assertThat(json.at("/outline/1/children/0/title").asText()).isEqualTo("Investment");
        assertThat(json.at("/fonts/0/embedded").asBoolean()).isTrue();
        assertThat(json.at("/encryption/encrypted").asBoolean()).isFalse();
        assertThat(json.at("/metadata/created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }
}
