package dev.dossier.core.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/** Validates PDFs against the PDF/A flavour they claim, with veraPDF. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The flavour the PDF claims and the validation result for it. */
    public record Outcome(PDFAFlavour flavour, ValidationResult result) {
        public boolean compliant() {
            return result.isCompliant();
        }

        /** The failed rules, one line each, for assertion messages. */
        public String failures() {
            List<String> lines = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
            return String.join("\n", lines);
        }
    }

    /** Validates {@code pdf} against {@code flavour}, whatever it claims. */
    public static Outcome validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return new Outcome(flavour, validator.validate(parser));
        }
    }

    public static Outcome validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            return new Outcome(parser.getFlavour(), validator.validate(parser));
        }
    }
}
