package dev.dossier.sources.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a {@link TableReader} reads.
 *
 * @since 0.1
 */
public enum TableFormat {
    /** Comma-separated values, UTF-8, first line is the header. */
    CSV("csv"),
    /** A JSON array of objects, one object per row, keys are column names. */
    JSON("json");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension without the dot, e.g. {@code "csv"}. */
    public String extension() {
        return extension;
    }

    /** The format a file name's extension stands for ({@code .csv}, {@code .json}; any case), if any. */
    public static Optional<TableFormat> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (TableFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
