package dev.dossier.sources.io;

import dev.dossier.api.SourceException;

import java.util.List;
import java.util.Optional;

/** Reads raw records one at a time from an open file; one implementation per {@link TableFormat}. */
interface RecordStream extends AutoCloseable {

    /** The column names of the header, for formats that have one; normalised with {@link #normalise(String)}. */
    Optional<List<String>> header();

    /** The next record, or {@code null} at the end of the file. */
    RawRecord next() throws SourceException;

    @Override
    void close();

    /** Header names are compared trimmed, lower-case, with spaces as underscores and without a byte-order mark. */
    static String normalise(String headerName) {
        return headerName.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }
}
