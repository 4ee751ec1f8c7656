package dev.dossier.core.layout;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a table cell may break a line: at spaces and hyphens as usual, and inside a long unbroken
 * token (a URL, a file path, an identifier) also after the punctuation that separates its parts,
 * {@code / . _ ? & = # : ; ,}, so {@code https://example.org/a/b} wraps after a slash rather than
 * in the middle of a word.
 *
 * <p>A token counts as long from {@value #LONG_TOKEN} characters between spaces; shorter ones keep
 * the default rules, so "1.5" or "e.g." never break at their full stop. A token with no such
 * punctuation (1,500 letters in a row) is still wrapped: OpenPDF breaks a word that fits no line
 * at the last character that fits. No character is inserted: the text extracted from the PDF is the
 * cell's text, split only by line ends. Stateless and thread-safe.
 */
final class TokenBreaks extends DefaultSplitCharacter {

    /** The one instance; it holds no state. */
    static final TokenBreaks INSTANCE = new TokenBreaks();

    /** Characters from which a token between spaces counts as long and may break at its punctuation. */
    static final int LONG_TOKEN = 20;

    private static final String AFTER = "/._?&=#:;,";

    private TokenBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (super.isSplitCharacter(start, current, end, cc, ck)) {
            return true;
        }
        char c = getCurrentCharacter(current, cc, ck);
        if (AFTER.indexOf(c) < 0) {
            return false;
        }
        // "https://": no break between the two slashes, nor before the last character of the text
        if (current + 1 >= end || getCurrentCharacter(current + 1, cc, ck) == c) {
            return false;
        }
        int run = 1;
        for (int i = current - 1; i >= start && run < LONG_TOKEN && !Character.isWhitespace(getCurrentCharacter(i, cc, ck)); i--) {
            run++;
        }
        for (int i = current + 1; i < end && run < LONG_TOKEN && !Character.isWhitespace(getCurrentCharacter(i, cc, ck)); i++) {
            run++;
        }
        return run >= LONG_TOKEN;
    }
}
