package dev.dossier.core.pdf;

import dev.dossier.core.error.DossierException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfPostProcessorTest {

    private static final String CHINESE_TITLE = "中国人工智能战略";

    private static byte[] process(byte[] pdf, PostProcessOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPostProcessor.process(pdf, "test.pdf", out, options);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Metadata chineseMetadata() {
        return new Metadata(CHINESE_TITLE, "Dossier Research", "Key figures and outlook 2025–2030",
                List.of("AI", "China", "patents"), "zh-CN", "Dossier 0.1");
    }

    @Test
    void twoRenderingsOfTheSameContentPostProcessToIdenticalBytes(@TempDir Path dir) throws Exception {
        byte[] first = TestPdfs.report(false);
        byte[] second = TestPdfs.report(false);
        assertThat(sha256(first)).as("OpenPDF output varies by itself").isNotEqualTo(sha256(second));

        PostProcessOptions options = PostProcessOptions.forRun(true, "1735689600").withMetadata(chineseMetadata());
        byte[] a = process(first, options);
        ByteArrayOutputStream viaFile = new ByteArrayOutputStream();
        PdfPostProcessor.process(TestPdfs.write(dir, "second.pdf", second), viaFile, options);

        assertThat(sha256(viaFile.toByteArray())).isEqualTo(sha256(a));
    }

    @Test
    void pdfaRenderingsPostProcessToIdenticalBytes() throws Exception {
        PostProcessOptions options = PostProcessOptions.forRun(true, null).withMetadata(chineseMetadata());
        assertThat(sha256(process(TestPdfs.report(true), options)))
                .isEqualTo(sha256(process(TestPdfs.report(true), options)));
    }

    @Test
    void deterministicOutputHasFixedDatesStableSubsetTagsAndContentId() throws Exception {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        byte[] out = process(TestPdfs.report(false), PostProcessOptions.forRun(false, "1735689600"));
        try (PDDocument doc = Loader.loadPDF(out)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(at);
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(at);
            XMPMetadata xmp = xmp(doc);
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(at);
            assertThat(doc.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID).size()).isEqualTo(2);
            PdfSummary summary = PdfInspector.summarise(doc, "out.pdf");
            assertThat(summary.fonts()).isNotEmpty().allSatisfy(f -> assertThat(f.subset()).isTrue());
        }
    }

    @Test
    void metadataGoesIntoInfoXmpAndLanguage() throws Exception {
        byte[] out = process(TestPdfs.report(false), PostProcessOptions.defaults().withMetadata(chineseMetadata()));
        try (PDDocument doc = Loader.loadPDF(out)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(CHINESE_TITLE);
            assertThat(info.getAuthor()).isEqualTo("Dossier Research");
            assertThat(info.getSubject()).isEqualTo("Key figures and outlook 2025–2030");
            assertThat(info.getKeywords()).isEqualTo("AI, China, patents");
            assertThat(info.getCreator()).isEqualTo("Dossier 0.1");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");

            XMPMetadata xmp = xmp(doc);
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(CHINESE_TITLE);
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Dossier Research");
            assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly("zh-CN");
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo("AI, China, patents");
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer());
            assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo("Dossier 0.1");
        }
    }

    @Test
    void keptMetadataStaysAsOpenPdfWroteIt() throws Exception {
        byte[] out = process(TestPdfs.report(false), PostProcessOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(out)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Test briefing");
            assertThat(xmp(doc).getDublinCoreSchema().getTitle()).isEqualTo("Test briefing");
            assertThat(doc.getNumberOfPages()).isEqualTo(TestPdfs.PAGES);
        }
    }

    @Test
    void encryptedOutputOpensOnlyWithThePasswordAndUsesAes256() throws Exception {
        byte[] out = process(TestPdfs.report(false), PostProcessOptions.defaults()
                .withMetadata(chineseMetadata()).withPasswords("reader", "owner", Set.of(Permission.PRINT)));
        assertThatThrownBy(() -> Loader.loadPDF(out).close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(out, "wrong").close()).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(out, "reader")) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(doc.getEncryption().getRevision()).isEqualTo(6);
            assertThat(doc.getCurrentAccessPermission().canPrint()).isTrue();
            assertThat(doc.getCurrentAccessPermission().canExtractContent()).isFalse();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(CHINESE_TITLE);
        }
        try (PDDocument doc = Loader.loadPDF(out, "owner")) {
            assertThat(doc.getCurrentAccessPermission().isOwnerPermission()).isTrue();
        }
    }

    @Test
    void ownerPasswordAloneRestrictsWithoutAskingForAPassword() throws Exception {
        byte[] out = process(TestPdfs.report(false), PostProcessOptions.defaults()
                .withPasswords(null, "owner", Set.of()));
        try (PDDocument doc = Loader.loadPDF(out)) {
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(doc.getCurrentAccessPermission().canPrint()).isFalse();
        }
    }

    @Test
    void pdfaWithAPasswordIsRefused() {
        PostProcessOptions options = PostProcessOptions.defaults().withPasswords("reader", null, null);
        assertThatThrownBy(() -> process(TestPdfs.report(true), options))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOS-PDFA-ENCRYPTION");
                    assertThat(e.kind()).isEqualTo(DossierException.Kind.INPUT);
                    assertThat(e.getMessage()).contains("PDF/A-1B");
                });
    }

    @Test
    void somethingThatIsNotAPdfIsAnInputError() {
        assertThatThrownBy(() -> process("hello".getBytes(), PostProcessOptions.defaults()))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo("DOS-PDF-UNREADABLE"));
    }

    @Test
    void sourceDateEpochMustBeANumber() {
        assertThatThrownBy(() -> PostProcessOptions.forRun(false, "yesterday"))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo("DOS-SOURCE-DATE-EPOCH"));
        assertThat(PostProcessOptions.forRun(false, "0").deterministic()).isTrue();
        assertThat(PostProcessOptions.forRun(false, null).deterministic()).isFalse();
        assertThat(PostProcessOptions.forRun(true, null).fixedDate()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void passwordsDoNotAppearInToString() {
        assertThat(PostProcessOptions.defaults().withPasswords("s3cret", "0wner", null).toString())
                .doesNotContain("s3cret").doesNotContain("0wner").contains("encrypted=true");
    }

    static XMPMetadata xmp(PDDocument doc) throws Exception {
        try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            return new DomXmpParser().parse(in);
        }
    }
}
