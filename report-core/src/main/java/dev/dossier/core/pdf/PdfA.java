package dev.dossier.core.pdf;

import dev.dossier.core.error.ErrorCode;
import com.lowagie.text.pdf.PdfWriter;
import dev.dossier.core.error.DossierException;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;

/**
 * Helps OpenPDF write PDF/A-1b: the sRGB output intent every PDF/A file that uses device RGB
 * colours needs.
 *
 * <p>Use it with {@code writer.setPDFXConformance(PdfWriter.PDFA1B)} (after any
 * {@code setPdfVersion}, before {@code document.open()}) and {@code writer.createXmpMetadata()};
 * every font must be embedded. {@link PdfPostProcessor} keeps the conformance when it rewrites
 * metadata and refuses to encrypt such a file.
 *
 * @since 0.1
 */
public final class PdfA {

    /** The registry name of the ICC characterisation data the intent refers to. */
    private static final String REGISTRY = "http://www.color.org";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA() {
    }

    /**
     * Adds a {@code /GTS_PDFA1} output intent with the JDK's sRGB ICC profile to a PDF being
     * post-processed, unless it has one already (PDF/A-2 and later are declared after layout).
     *
     * @throws IOException when the profile cannot be written
     */
    static void addSrgbOutputIntent(org.apache.pdfbox.pdmodel.PDDocument doc) throws IOException {
        var catalog = doc.getDocumentCatalog();
        if (!catalog.getOutputIntents().isEmpty()) {
            return;
        }
        var intent = new org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent(doc,
                new java.io.ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName(REGISTRY);
        catalog.addOutputIntent(intent);
    }

    /**
     * Adds a {@code /GTS_PDFA1} output intent carrying the JDK's sRGB ICC profile (version 2, as
     * PDF/A-1 requires) to the document {@code writer} writes. Call it once, at any time before the
     * document is closed.
     *
     * @throws DossierException FAILURE {@code DOS-RENDER-FAILED} when the profile cannot be written
     */
    public static void addSrgbOutputIntent(PdfWriter writer) {
        try {
            writer.setOutputIntents(SRGB, "", REGISTRY, SRGB, ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.RENDER_FAILED, "cannot add the sRGB output intent: " + e.getMessage(), e);
        }
    }
}
