package dev.dossier.core.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;

import java.util.List;

/**
 * Table column widths from what the columns hold: each column gets at least its longest word
 * and, when the table is too narrow for every cell on one line, a share of the remaining width
 * in proportion to how much wider its longest cell is than its longest word. A long text column
 * thus wraps onto a few lines while a column of short numbers stays narrow.
 */
final class ColumnWidths {

    /** Cell padding left and right plus a little air, in points. */
    private static final float PADDING = 10f;

    private ColumnWidths() {
    }

    /**
     * @param rows  the cells, the header row first; each array holds one cell per column
     * @param total the table width in points
     */
    static float[] of(List<PdfPCell[]> rows, float total) {
        int n = rows.get(0).length;
        float[] min = new float[n];
        float[] max = new float[n];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < n; c++) {
                Phrase p = rows.get(r)[c].getPhrase();
                if (p == null) {
                    continue;
                }
                min[c] = Math.max(min[c], width(p, true) + PADDING);
                // a header may wrap onto two lines; only its longest word bounds the column
                max[c] = Math.max(max[c], r == 0 ? min[c] : width(p, false) + PADDING);
            }
        }
        float sumMin = 0;
        float sumMax = 0;
        for (int c = 0; c < n; c++) {
            sumMin += min[c];
            sumMax += max[c];
        }
        float[] w = new float[n];
        for (int c = 0; c < n; c++) {
            if (sumMax <= total) {
                w[c] = max[c] + (total - sumMax) * max[c] / sumMax;
            } else if (sumMin >= total) {
                w[c] = min[c];
            } else {
                w[c] = min[c] + (total - sumMin) * (max[c] - min[c]) / (sumMax - sumMin);
            }
        }
        return w;
    }

    /** The width of a phrase on one line, or of its widest word. */
    private static float width(Phrase phrase, boolean widestWord) {
        float line = 0;
        float word = 0;
        float widest = 0;
        for (Element e : phrase.getChunks()) {
            Chunk chunk = (Chunk) e;
            var font = chunk.getFont();
            if (font == null || font.getBaseFont() == null) {
                continue;
            }
            String text = chunk.getContent();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                float w = font.getBaseFont().getWidthPoint(text.substring(i, i + len), font.getSize());
                line += w;
                if (Character.isWhitespace(cp) || cp == '-') {
                    widest = Math.max(widest, word + (Character.isWhitespace(cp) ? 0 : w));
                    word = 0;
                } else {
                    word += w;
                }
                i += len;
            }
        }
        return widestWord ? Math.max(widest, word) : line;
    }
}
