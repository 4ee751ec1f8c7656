package dev.dossier.core.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;

import java.util.List;

/**
 * Measures how tall elements will be when laid out in the text column, by laying them out in a
 * simulated column: keep-together rules need a block's height before it is drawn.
 */
final class Heights {

    /** Taller than any page, so the simulation never runs out of room. */
    private static final float TALL = 100_000f;
    /** Rounding differences between the simulated column and the page, in points. */
    private static final float SAFETY = 2f;

    private Heights() {
    }

    /** The height of {@code elements} stacked in a column {@code width} wide, in points. */
    static float of(float width, List<? extends Element> elements) {
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, width, TALL);
        for (Element e : elements) {
            column.addElement(e instanceof PdfPTable t ? new PdfPTable(t) : e);
        }
        try {
            column.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not measure a block: " + e.getMessage(), e);
        }
        // a column drops the first element's space above it; a page does not, unless it is at the top
        float above = !elements.isEmpty() && elements.get(0) instanceof Paragraph p ? p.getSpacingBefore() : 0;
        return TALL - column.getYLine() + above + SAFETY;
    }
}
