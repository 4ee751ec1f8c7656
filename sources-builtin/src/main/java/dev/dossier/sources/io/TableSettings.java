package dev.dossier.sources.io;

import dev.dossier.api.Provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link TableReader} reads one file, beyond its format: number syntax, CSV delimiter,
 * JSON pointer, the source of rows that do not name their own, unknown columns and size limits.
 *
 * <p>{@link #DEFAULT} reads the curated data files: standard numbers, comma-separated CSV, a
 * top-level JSON array, a source on every row, other columns ignored. Use the {@code with…}
 * methods to change one setting.
 *
 * @param numbers            how numbers are written in text cells (JSON number literals are always
 *                           read in {@link NumberSyntax#STANDARD})
 * @param delimiter          the CSV field separator, or {@code null} to detect it from the header line
 *                           (the most frequent of {@code , ; TAB |} outside quotes; {@code ,} when none)
 * @param pointer            a JSON pointer ({@code /data/items}) to the array of rows; empty for the
 *                           top-level value
 * @param defaultProvenance  the source of rows that do not give a {@code source_title}; when present the
 *                           {@link ProvenanceColumns} become optional and a row's own source, if any, wins
 * @param rejectUnknown      whether a column (CSV header) or key (JSON) that is neither declared nor a
 *                           {@link ProvenanceColumns provenance column} is an error rather than ignored
 * @param limits             size ceilings enforced while parsing
 * @since 0.2
 */
public record TableSettings(NumberSyntax numbers, Character delimiter, String pointer,
                            Optional<Provenance> defaultProvenance, boolean rejectUnknown, ReadLimits limits) {

    /** Settings for the curated data files. */
    public static final TableSettings DEFAULT = new TableSettings(NumberSyntax.STANDARD, ',', "",
            Optional.empty(), false, ReadLimits.DEFAULT);

    public TableSettings {
        Objects.requireNonNull(numbers, "numbers");
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(defaultProvenance, "defaultProvenance");
        Objects.requireNonNull(limits, "limits");
    }

    public TableSettings withNumbers(NumberSyntax value) {
        return new TableSettings(value, delimiter, pointer, defaultProvenance, rejectUnknown, limits);
    }

    /** A fixed CSV delimiter, or {@code null} to detect it. */
    public TableSettings withDelimiter(Character value) {
        return new TableSettings(numbers, value, pointer, defaultProvenance, rejectUnknown, limits);
    }

    public TableSettings withPointer(String value) {
        return new TableSettings(numbers, delimiter, value, defaultProvenance, rejectUnknown, limits);
    }

    public TableSettings withDefaultProvenance(Provenance value) {
        return new TableSettings(numbers, delimiter, pointer, Optional.ofNullable(value), rejectUnknown, limits);
    }

    public TableSettings withRejectUnknown(boolean value) {
        return new TableSettings(numbers, delimiter, pointer, defaultProvenance, value, limits);
    }

    public TableSettings withLimits(ReadLimits value) {
        return new TableSettings(numbers, delimiter, pointer, defaultProvenance, rejectUnknown, value);
    }
}
