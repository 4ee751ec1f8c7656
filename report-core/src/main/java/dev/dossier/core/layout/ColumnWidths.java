package dev.dossier.core.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;

import java.util.List;

/**
 * Table column widths from what the columns hold.
 *
 * <p>The rule, in points of the table's width {@code total}:
 * <ol>
 *   <li><b>Minimum.</b> Every column is at least as wide as its header's longest word and as its
 *       widest number or short token (a word between spaces, up to {@value #SHORT_TOKEN} of the
 *       table for text columns, up to the column cap for numbers), plus padding. So a header or a
 *       figure is never broken mid-word; a longer token (a URL) does not widen the column but wraps
 *       inside its cell, at its punctuation where it can ({@link TokenBreaks}), else anywhere.</li>
 *   <li><b>Cap.</b> No column is planned wider than {@value #CAP_MANY} of the table when it has
 *       three or more columns, {@value #CAP_TWO} with two (one column takes the whole width),
 *       unless its minimum is wider.</li>
 *   <li><b>Share.</b> Each column wants its widest cell on one line, held between its minimum and
 *       its cap. When all wants fit, each column gets its want and the room left is shared in
 *       proportion to the wants (no column passing its cap); otherwise each gets its minimum and a
 *       share of the rest in proportion to how much more than its minimum it wants. A long text
 *       column thus wraps onto a few lines while a column of short numbers stays narrow.</li>
 *   <li><b>Too wide.</b> When the minimums alone exceed the table width (31 columns of figures),
 *       the widths are the minimums scaled down to fit and {@link Plan#fits()} is false, so the
 *       caller warns that headers and figures will break; nothing is ever dropped.</li>
 * </ol>
 */
final class ColumnWidths {

    /** Cell padding left and right plus a little air, in points. */
    static final float PADDING = 10f;

    /** The widest share of the table a column may plan for when the table has three or more columns. */
    static final float CAP_MANY = 0.55f;

    /** The widest share of the table either column of a two-column table may plan for. */
    static final float CAP_TWO = 0.75f;

    /** The widest share of the table a text token may claim as its column's minimum. */
    static final float SHORT_TOKEN = 0.22f;

    /**
     * Planned widths.
     *
     * @param widths  one width per column, in points, summing to the table width
     * @param minimum the sum of the columns' minimum widths, in points
     * @param fits    false when the minimums exceed the table width and the columns were squeezed
     */
    record Plan(float[] widths, float minimum, boolean fits) {
    }

    private ColumnWidths() {
    }

    /**
     * @param rows    the cells, the header row first; each array holds one cell per column
     * @param numeric for each column, whether it holds figures (never cut below its widest cell)
     * @param total   the table width in points
     */
    static Plan of(List<PdfPCell[]> rows, boolean[] numeric, float total) {
        int n = rows.get(0).length;
        float cap = total * (n >= 3 ? CAP_MANY : n == 2 ? CAP_TWO : 1f);
        float[] min = new float[n];
        float[] want = new float[n];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < n; c++) {
                Phrase p = rows.get(r)[c].getPhrase();
                if (p == null) {
                    continue;
                }
                float word = width(p, true) + PADDING;
                if (r > 0) {
                    word = Math.min(word, numeric[c] ? cap : Math.max(total * SHORT_TOKEN, PADDING));
                }
                min[c] = Math.max(min[c], word);
                // a header may wrap onto two lines; only its longest word bounds the column
                want[c] = Math.max(want[c], r == 0 ? word : width(p, false) + PADDING);
            }
        }
        float sumMin = 0;
        float sumWant = 0;
        for (int c = 0; c < n; c++) {
            want[c] = Math.max(min[c], Math.min(want[c], cap));
            sumMin += min[c];
            sumWant += want[c];
        }
        float[] w = new float[n];
        if (sumMin > total) {
            for (int c = 0; c < n; c++) {
                w[c] = min[c] * total / sumMin;
            }
            return new Plan(w, sumMin, false);
        }
        if (sumWant <= total) {
            System.arraycopy(want, 0, w, 0, n);
            spread(w, total, cap);
        } else {
            for (int c = 0; c < n; c++) {
                w[c] = sumWant == sumMin ? min[c] : min[c] + (total - sumMin) * (want[c] - min[c]) / (sumWant - sumMin);
            }
        }
        return new Plan(w, sumMin, true);
    }

    /** Shares the room left over among the columns in proportion to their widths, none passing {@code cap}. */
    private static void spread(float[] w, float total, float cap) {
        for (int pass = 0; pass < w.length; pass++) {
            float used = 0;
            float open = 0;
            for (float x : w) {
                used += x;
            }
            for (float x : w) {
                open += x < cap ? x : 0;
            }
            float extra = total - used;
            if (extra <= 0.01f || open <= 0) {
                break;
            }
            for (int c = 0; c < w.length; c++) {
                if (w[c] < cap) {
                    w[c] = Math.min(cap, w[c] + extra * w[c] / open);
                }
            }
        }
        float used = 0;
        for (float x : w) {
            used += x;
        }
        if (used < total) {
            // every column is at its cap (too few columns to reach the cap): share what is left alike
            for (int c = 0; c < w.length; c++) {
                w[c] += (total - used) / w.length;
            }
        }
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
