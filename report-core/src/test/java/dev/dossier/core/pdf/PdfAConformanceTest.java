package dev.dossier.core.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** PDF/A-1b made with {@link PdfA}'s output intent passes veraPDF, before and after post-processing. */
class PdfAConformanceTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        List<String> lines = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().collect(Collectors.toList());
        return String.join("\n", lines);
    }

    @Test
    void openPdfOutputWithTheSrgbIntentIsPdfA1b() throws Exception {
        ValidationResult result = validate(TestPdfs.report(true));
        assertThat(result.isCompliant()).as(failures(result)).isTrue();
    }

    @Test
    void postProcessedWithMetadataAndDeterminismItIsStillPdfA1b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPostProcessor.process(TestPdfs.report(true), "a.pdf", out, PostProcessOptions.forRun(true, "1735689600")
                .withMetadata(new Metadata("中国人工智能战略", "Dossier Research", "Key figures", List.of("AI", "China"),
                        "zh-CN", "Dossier 0.1")));
        ValidationResult result = validate(out.toByteArray());
        assertThat(result.isCompliant()).as(failures(result)).isTrue();
    }

    @Test
    void postProcessedWithoutChangesItIsStillPdfA1b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPostProcessor.process(TestPdfs.report(true), "a.pdf", out, PostProcessOptions.defaults());
        ValidationResult result = validate(out.toByteArray());
        assertThat(result.isCompliant()).as(failures(result)).isTrue();
    }
}
