package dev.dossier.core.chart;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Drawable;

/**
 * Draws a {@link Drawable} (a JFreeChart or a placeholder panel) as vector graphics into a PDF
 * form XObject and wraps it as an OpenPDF {@link Image}.
 *
 * <p>Nothing is rasterised: shapes become PDF paths and text becomes PDF text in the fonts the
 * {@link FontMapper} returns, so the exhibit stays sharp at any zoom and its labels can be
 * searched and extracted.
 */
final class VectorDrawer {

    static {
        // JFreeChart otherwise draws rotated text (the vertical axis label) as glyph outlines,
        // which would not be searchable text in the PDF.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private VectorDrawer() {
    }

    /**
     * @param widthPt  width in PDF points
     * @param heightPt height in PDF points
     * @throws IllegalStateException when OpenPDF refuses to wrap the template (should not happen)
     */
    static Image draw(PdfWriter writer, Drawable drawable, float widthPt, float heightPt, FontMapper fonts) {
        PdfTemplate template = writer.getDirectContent().createTemplate(widthPt, heightPt);
        Graphics2D g2 = template.createGraphics(widthPt, heightPt, fonts);
        try {
            drawable.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g2.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("chart template could not be wrapped as an image element", e);
        }
    }
}
