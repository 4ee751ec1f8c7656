package dev.dossier.sources.io;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Ceilings on what one input file may contain, so that a hostile or broken file fails with a
 * located error instead of exhausting memory or the stack.
 *
 * <p>They are enforced by the parser while it reads ({@link StreamReadConstraints}), before a
 * value is handed to the {@link CellParser}: a file that breaks one fails with
 * {@code file:line:column: ...} naming the limit.
 *
 * @param maxNestingDepth   deepest nesting of JSON arrays and objects ({@link #DEFAULT}: 64; a table needs 2
 *                          plus the depth of its {@code pointer})
 * @param maxNumberLength   longest number literal, in characters ({@link #DEFAULT}: 100)
 * @param maxStringLength   longest string or CSV cell, in characters ({@link #DEFAULT}: 1,000,000)
 * @param maxDocumentLength longest file, in bytes for JSON and characters for CSV ({@link #DEFAULT}: 512 MiB)
 * @since 0.2
 */
public record ReadLimits(int maxNestingDepth, int maxNumberLength, int maxStringLength, long maxDocumentLength) {

    /** The limits used unless a reader is told otherwise. */
    public static final ReadLimits DEFAULT = new ReadLimits(64, 100, 1_000_000, 512L * 1024 * 1024);

    public ReadLimits {
        if (maxNestingDepth < 1 || maxNumberLength < 1 || maxStringLength < 1 || maxDocumentLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /** The same limits as Jackson constraints. */
    StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxNumberLength(maxNumberLength)
                .maxStringLength(maxStringLength)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }
}
