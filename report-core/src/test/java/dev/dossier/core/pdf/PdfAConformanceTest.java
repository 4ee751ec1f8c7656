package dev.dossier.core.pdf;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PDF/A-1b made with {@link PdfA}'s output intent passes veraPDF, before and after post-processing. */
class PdfAConformanceTest {

    private static void assertPdfA1b(byte[] pdf) throws Exception {
        VeraPdf.Outcome outcome = VeraPdf.validate(pdf);
        assertThat(outcome.flavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
        assertThat(outcome.compliant()).as(outcome.failures()).isTrue();
    }

    @Test
    void openPdfOutputWithTheSrgbIntentIsPdfA1b() throws Exception {
        assertPdfA1b(TestPdfs.report(true));
    }

    @Test
    void postProcessedWithMetadataAndDeterminismItIsStillPdfA1b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPostProcessor.process(TestPdfs.report(true), "a.pdf", out, PostProcessOptions.forRun(true, "1735689600")
                .withMetadata(new Metadata("中国人工智能战略", "Dossier Research", "Key figures", List.of("AI", "China"),
                        "zh-CN", "Dossier 0.1")));
        assertPdfA1b(out.toByteArray());
    }

    @Test
    void postProcessedWithoutChangesItIsStillPdfA1b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPostProcessor.process(TestPdfs.report(true), "a.pdf", out, PostProcessOptions.defaults());
        assertPdfA1b(out.toByteArray());
    }
}
