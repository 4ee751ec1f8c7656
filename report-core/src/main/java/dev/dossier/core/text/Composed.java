package dev.dossier.core.text;

import dev.dossier.api.Row;

import java.text.Normalizer;

/**
 * Text in composed form (Unicode NFC), applied once where text enters the engine: a template's
 * source when it is parsed, and each dataset row as it leaves its provider. A base letter followed
 * by a combining accent ("e" followed by U+0301 COMBINING ACUTE ACCENT) becomes the one accented letter ({@code "é"}) that
 * fonts have a glyph for, so it draws, measures, filters and extracts as one letter.
 *
 * <p>Pure functions; thread-safe. Text that is already composed is returned as is (the same object).
 *
 * @since 0.4
 */
public final class Composed {

    private Composed() {
    }

    /** {@code text} in NFC; null stays null. */
    public static String text(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The row with every string value in NFC, keeping its qualifiers, estimate marks, provenance
     * and note; the same row when nothing needed composing.
     */
    public static Row row(Row row) {
        return RowText.map(row, i -> true, Composed::text);
    }
}
