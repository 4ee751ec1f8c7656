package dev.dossier.core.pdf;

import dev.dossier.core.error.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfInspectorTest {

    @Test
    void summaryReportsMetadataPagesOutlineFontsAndImages(@TempDir Path dir) throws Exception {
        Path pdf = TestPdfs.write(dir, "r.pdf", TestPdfs.report(true));
        PdfSummary s = PdfInspector.inspect(pdf, null);

        assertThat(s.metadata().title()).isEqualTo("Test briefing");
        assertThat(s.metadata().author()).isEqualTo("Dossier tests");
        assertThat(s.metadata().producer()).startsWith("OpenPDF");
        assertThat(s.metadata().language()).as("OpenPDF's setDocumentLanguage writes no /Lang").isNull();
        assertThat(s.metadata().created()).isNotNull();
        assertThat(s.pdfa()).isEqualTo("PDF/A-1B");
        assertThat(s.pages()).isEqualTo(TestPdfs.PAGES);
        assertThat(s.pageSizes()).singleElement().satisfies(size -> {
            assertThat(size.width()).isEqualTo(595f);
            assertThat(size.pages()).isEqualTo(TestPdfs.PAGES);
            assertThat(size.millimetres()).isEqualTo("210 × 297 mm");
        });
        assertThat(s.outline()).extracting(PdfSummary.OutlineEntry::title).containsExactlyElementsOf(TestPdfs.SECTIONS);
        assertThat(s.outline()).extracting(PdfSummary.OutlineEntry::page).containsExactly(1, 2, 3);
        assertThat(s.outline().get(1).children()).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo(TestPdfs.SECTIONS.get(1) + " detail"));
        assertThat(s.fonts()).singleElement().satisfies(f -> {
            assertThat(f.name()).matches("[A-Z]{6}\\+LiberationSans");
            assertThat(f.type()).isEqualTo("Type0 (CIDFontType2)");
            assertThat(f.embedded()).isTrue();
            assertThat(f.subset()).isTrue();
        });
        assertThat(s.images()).isEqualTo(1);
        assertThat(s.encryption().encrypted()).isFalse();
    }

    @Test
    void encryptedPdfNeedsItsPasswordAndReportsKeyLength(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPostProcessor.process(TestPdfs.report(false), "e.pdf", out,
                PostProcessOptions.defaults().withPasswords("pw", null, Set.of(Permission.PRINT))
                        .withMetadata(new Metadata(null, null, null, null, "zh-CN", null)));
        Path pdf = TestPdfs.write(dir, "e.pdf", out.toByteArray());

        assertThatThrownBy(() -> PdfInspector.inspect(pdf, null)).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.code()).isEqualTo("DOS-PDF-PASSWORD");
            assertThat(e.getMessage()).contains("--password");
        });
        PdfSummary s = PdfInspector.inspect(pdf, "pw");
        assertThat(s.encryption()).isEqualTo(new PdfSummary.Encryption(true, 256, "Standard"));
        assertThat(s.metadata().language()).isEqualTo("zh-CN");
        assertThat(s.metadata().title()).isEqualTo("Test briefing");
    }

    @Test
    void aFileThatIsNotAPdfIsAnInputError(@TempDir Path dir) throws Exception {
        Path notPdf = Files.writeString(dir.resolve("notes.pdf"), "just text");
        assertThatThrownBy(() -> PdfInspector.inspect(notPdf, null)).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.code()).isEqualTo("DOS-PDF-UNREADABLE");
            assertThat(e.exitCode()).isEqualTo(2);
        });
        assertThatThrownBy(() -> PdfInspector.inspect(dir.resolve("missing.pdf"), null))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo("DOS-FILE-NOT-FOUND"));
    }

    @Test
    void pdfaClaimIsReadFromAttributesOrElements() {
        assertThat(PdfAClaim.parse("<rdf:Description pdfaid:part=\"2\" pdfaid:conformance=\"u\"/>"))
                .contains(new PdfAClaim(2, "U"));
        assertThat(PdfAClaim.parse("<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"))
                .contains(new PdfAClaim(1, "B"));
        assertThat(PdfAClaim.parse("<x:xmpmeta/>")).isEmpty();
        assertThat(List.of(new PdfAClaim(4, "").label())).containsExactly("PDF/A-4");
    }
}
