package dev.dossier.sources.io;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Guesses a CSV file's field separator from its header line.
 *
 * <p>Counts {@code , ; TAB |} outside double quotes up to the first line break outside quotes
 * and picks the most frequent; ties go to the earlier candidate in that order, and a header
 * without any (a single column) gives {@code ,}. Only the header is looked at because data
 * lines may hold a separator-like character in every value, such as the decimal comma.
 */
final class DelimiterSniffer {

    static final String CANDIDATES = ",;\t|";

    /** Headers longer than this are not scanned further; far more than any real header needs. */
    private static final int LOOK_AHEAD = 64 * 1024;

    private DelimiterSniffer() {
    }

    /** Reads the header of {@code in} and rewinds it, so the parser still sees the whole file. */
    static char sniff(BufferedReader in) throws IOException {
        int[] counts = new int[CANDIDATES.length()];
        in.mark(LOOK_AHEAD + 1);
        boolean quoted = false;
        for (int i = 0, c = in.read(); i < LOOK_AHEAD && c >= 0; i++, c = in.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && CANDIDATES.indexOf(c) >= 0) {
                counts[CANDIDATES.indexOf(c)]++;
            }
        }
        in.reset();
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return CANDIDATES.charAt(best);
    }
}
