package dev.dossier.core.pdf;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A font read for glyph advances only: character codes and widths come from the font
 * dictionary ({@code /W} and {@code /DW} of a Type 0 font's descendant, {@code /FirstChar} and
 * {@code /Widths} of a simple font), and the embedded font program is never parsed, which is
 * most of the cost of running a page's text operators through PDFBox.
 *
 * <p>Type 0 fonts are read as OpenPDF writes them, with the two-byte Identity encoding; a code
 * without a width gets the default width ({@code /DW}, else 1000), and a simple font without
 * {@code /Widths} (a standard 14 font) half an em per glyph. Good for measuring where text
 * lies, not for drawing or extracting it: {@link #encode} and subsetting are unsupported.
 */
final class AdvanceOnlyFont extends PDFont {

    private static final float UNKNOWN_SIMPLE_WIDTH = 500;

    private final boolean composite;
    private final boolean vertical;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final float defaultWidth;

    AdvanceOnlyFont(COSDictionary dict) {
        super(dict);
        composite = COSName.TYPE0.equals(dict.getCOSName(COSName.SUBTYPE));
        COSName encoding = dict.getCOSName(COSName.ENCODING);
        vertical = composite && encoding != null && encoding.getName().endsWith("-V");
        if (composite) {
            COSArray kids = dict.getCOSArray(COSName.DESCENDANT_FONTS);
            COSDictionary descendant = kids != null && kids.size() > 0 && kids.getObject(0) instanceof COSDictionary d
                    ? d : new COSDictionary();
            defaultWidth = descendant.getFloat(COSName.DW, 1000);
            readCidWidths(descendant.getCOSArray(COSName.W));
        } else {
            int first = dict.getInt(COSName.FIRST_CHAR, 0);
            COSArray list = dict.getCOSArray(COSName.WIDTHS);
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.getObject(i) instanceof COSNumber w) {
                        widths.put(first + i, w.floatValue());
                    }
                }
            }
            defaultWidth = list != null && getFontDescriptor() != null
                    ? getFontDescriptor().getMissingWidth() : UNKNOWN_SIMPLE_WIDTH;
        }
    }

    /** {@code /W}: runs of {@code c [w1 w2 …]} and {@code cFirst cLast w}. */
    private void readCidWidths(COSArray w) {
        if (w == null) {
            return;
        }
        int i = 0;
        while (i + 1 < w.size()) {
            if (!(w.getObject(i) instanceof COSNumber first)) {
                return;
            }
            COSBase next = w.getObject(i + 1);
            if (next instanceof COSArray run) {
                for (int k = 0; k < run.size(); k++) {
                    if (run.getObject(k) instanceof COSNumber width) {
                        widths.put(first.intValue() + k, width.floatValue());
                    }
                }
                i += 2;
            } else if (next instanceof COSNumber last && i + 2 < w.size() && w.getObject(i + 2) instanceof COSNumber width) {
                for (int c = first.intValue(); c <= last.intValue(); c++) {
                    widths.put(c, width.floatValue());
                }
                i += 3;
            } else {
                return;
            }
        }
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        int code = in.read();
        if (composite) {
            int low = in.read();
            code = low < 0 ? code : (code << 8) | low;
        }
        return code;
    }

    @Override
    public float getWidth(int code) {
        return widths.getOrDefault(code, defaultWidth);
    }

    @Override
    public float getWidthFromFont(int code) {
        return getWidth(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) {
        return widths.containsKey(code);
    }

    @Override
    public Vector getDisplacement(int code) {
        return vertical ? new Vector(0, -getWidth(code) / 1000) : new Vector(getWidth(code) / 1000, 0);
    }

    @Override
    public boolean isVertical() {
        return vertical;
    }

    @Override
    public float getHeight(int code) {
        return 1000;
    }

    @Override
    public BoundingBox getBoundingBox() {
        return new BoundingBox(0, -200, 1000, 800);
    }

    @Override
    public boolean isEmbedded() {
        return true;
    }

    @Override
    public boolean isDamaged() {
        return false;
    }

    @Override
    public String getName() {
        return getCOSObject().getNameAsString(COSName.BASE_FONT);
    }

    @Override
    protected float getStandard14Width(int code) {
        return UNKNOWN_SIMPLE_WIDTH;
    }

    @Override
    protected byte[] encode(int unicode) {
        throw new UnsupportedOperationException("a font read for advances only cannot encode text");
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException("a font read for advances only cannot be subset");
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException("a font read for advances only cannot be subset");
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }
}
