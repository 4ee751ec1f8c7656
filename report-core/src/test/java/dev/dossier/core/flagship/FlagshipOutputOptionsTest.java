package dev.dossier.core.flagship;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.pdf.VeraPdf;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The flagship with --deterministic, --pdfa and --password. */
class FlagshipOutputOptionsTest {

    @TempDir
    Path dir;

    private Path generate(String name, boolean deterministic, boolean pdfa, GenerateRequest.Protection protection) {
        return generate(name, null, deterministic, pdfa, protection);
    }

    private Path generate(String name, String theme, boolean deterministic, boolean pdfa, GenerateRequest.Protection protection) {
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of(FlagshipBriefingTest.THEMES));
        Path out = dir.resolve(name);
        GenerateRequest.Builder request = GenerateRequest.builder(FlagshipBriefingTest.TEMPLATE, out).theme(theme)
                .deterministic(deterministic).protection(protection);
        if (pdfa) {
            request.pdfa("1b");
        }
        engine.generate(request.build());
        return out;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void deterministicRunsAreByteIdentical() throws Exception {
        Path a = generate("a.pdf", true, false, null);
        Path b = generate("b.pdf", true, false, null);
        assertThat(sha256(a)).isEqualTo(sha256(b));
    }

    @ParameterizedTest(name = "theme {0}")
    @ValueSource(strings = {"dossier", "ledger"})
    void pdfa1bFlagshipPassesVeraPdfAndPreflight(String theme) throws Exception {
        Path pdf = generate("a.pdf", theme, false, true, null);
        VeraPdf.Outcome outcome = VeraPdf.validate(Files.readAllBytes(pdf));
        assertThat(outcome.flavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
        assertThat(outcome.compliant()).as(outcome.failures()).isTrue();

        org.apache.pdfbox.preflight.ValidationResult preflight = org.apache.pdfbox.preflight.parser.PreflightParser.validate(pdf.toFile());
        assertThat(preflight.isValid()).as(() -> preflight.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails()).distinct().toList().toString()).isTrue();
    }

    @Test
    void passwordGivesAes256() throws Exception {
        Path pdf = generate("e.pdf", false, false, new GenerateRequest.Protection("s3cret", null, null));
        assertThatThrownBy(() -> Loader.loadPDF(pdf.toFile())).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "s3cret")) {
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(10);
        }
    }
}
