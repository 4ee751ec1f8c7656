package dev.dossier.sources.io;

import dev.dossier.api.Column;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.SourceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns raw records into typed {@link Row}s of one dataset, reporting problems with their file position. */
final class RowMapper {

    private final String name;
    private final DatasetDescriptor descriptor;
    private final TableSettings settings;
    private final Row.Builder builder;
    private final List<String> expected;
    private final List<String> expectedInEveryRow;
    private final Warnings warnings = new Warnings();

    RowMapper(String name, DatasetDescriptor descriptor, TableSettings settings) {
        this.name = name;
        this.descriptor = descriptor;
        this.settings = settings;
        this.builder = Row.builder(descriptor);
        // With a default source, rows need not name their own.
        List<String> provenance = settings.defaultProvenance().isPresent() ? List.of() : ProvenanceColumns.REQUIRED;
        List<String> columns = new ArrayList<>();
        descriptor.columns().forEach(c -> columns.add(c.name()));
        columns.addAll(provenance);
        this.expected = List.copyOf(columns);
        // A JSON object may leave out the key of an optional column; a CSV header must list every column.
        List<String> perRow = new ArrayList<>();
        descriptor.columns().stream().filter(Column::required).forEach(c -> perRow.add(c.name()));
        perRow.addAll(provenance);
        this.expectedInEveryRow = List.copyOf(perRow);
    }

    /** Checks a header line for every declared and required provenance column, and for unknown ones if asked. */
    void checkHeader(List<String> header) throws SourceException {
        for (String column : expected) {
            if (!header.contains(column)) {
                throw SourceException.badInput(name + ":1:1: missing column '" + column + "' (header has: "
                        + String.join(", ", header) + "; expected: " + String.join(", ", expected) + ")"
                        + (ProvenanceColumns.ALL.contains(column)
                        ? "; a file without per-row sources needs the source's 'title' option to cite it" : "")
                        + (header.size() == 1 && header.get(0).matches(".*[,;\\t|].*")
                        ? "; the header reads as one column: set the 'delimiter' option to the file's separator" : ""));
            }
        }
        for (String column : header) {
            if (isUnknown(column)) {
                throw SourceException.badInput(name + ":1:1: " + unknown(column));
            }
        }
    }

    Row map(RawRecord record) throws SourceException {
        for (String column : expectedInEveryRow) {
            if (!record.has(column)) {
                throw SourceException.badInput(at(record.line(), record.column()) + "missing column '" + column
                        + "' in this row (expected: " + String.join(", ", expectedInEveryRow) + ")");
            }
        }
        for (String column : record.names()) {
            if (isUnknown(column)) {
                throw SourceException.badInput(at(record.get(column)) + unknown(column));
            }
        }
        for (Column column : descriptor.columns()) {
            RawRecord.RawValue raw = record.get(column.name());
            if (raw == null) {
                continue;
            }
            Cell cell = parse(raw, column);
            if (cell.isEmpty()) {
                if (column.required()) {
                    throw SourceException.badInput(at(raw) + "empty value in required column '" + column.name()
                            + "' (expected " + column.type().id() + ")");
                }
                continue;
            }
            builder.set(column.name(), cell.value()).qualify(column.name(), cell.qualifier());
            if (cell.estimated()) {
                builder.estimated(column.name());
            }
        }
        builder.provenance(provenance(record)).note(text(record, ProvenanceColumns.NOTES));
        return builder.build();
    }

    /** What was read as missing though the file held something (NaN, Infinity), one line each. */
    List<String> warnings() {
        return warnings.lines();
    }

    private boolean isUnknown(String column) {
        return settings.rejectUnknown() && descriptor.indexOf(column) < 0 && !ProvenanceColumns.ALL.contains(column);
    }

    private String unknown(String column) {
        return "unknown column '" + column + "' (declared: "
                + String.join(", ", descriptor.columns().stream().map(Column::name).toList())
                + "; provenance: " + String.join(", ", ProvenanceColumns.ALL) + ")";
    }

    private Cell parse(RawRecord.RawValue raw, Column column) throws SourceException {
        if (raw.kind() == RawRecord.Kind.NOT_FINITE && column.type().isNumeric()) {
            if (column.required()) {
                throw SourceException.badInput(at(raw) + raw.text() + " is not a number that can be printed, and column '"
                        + column.name() + "' needs a value in every row (declare it '" + column.name()
                        + "?' to allow missing values)");
            }
            warnings.add(at(raw) + raw.text() + " read as a missing value (column '" + column.name() + "')");
            return Cell.EMPTY;
        }
        if (raw.kind() == RawRecord.Kind.STRUCTURE) {
            throw SourceException.badInput(at(raw) + "expected text or a number in '" + column.name()
                    + "', found " + raw.text());
        }
        NumberSyntax numbers = raw.kind() == RawRecord.Kind.NUMBER ? NumberSyntax.STANDARD : settings.numbers();
        try {
            return CellParser.parse(raw.text(), column.type(), numbers);
        } catch (CellFormatException e) {
            throw SourceException.badInput(at(raw) + e.getMessage() + " (column '" + column.name() + "')");
        }
    }

    /** The row's own source when it names one, else the default source. */
    private Provenance provenance(RawRecord record) throws SourceException {
        Optional<Provenance> fallback = settings.defaultProvenance();
        RawRecord.RawValue title = record.get(ProvenanceColumns.SOURCE_TITLE);
        if (title == null || title.text().isBlank()) {
            if (fallback.isPresent()) {
                return fallback.get();
            }
            String where = title == null ? at(record.line(), record.column()) : at(title);
            throw SourceException.badInput(where + "empty source title (column '"
                    + ProvenanceColumns.SOURCE_TITLE + "'); every row needs a source");
        }
        RawRecord.RawValue confidence = record.get(ProvenanceColumns.CONFIDENCE);
        Confidence level;
        if (confidence == null || (confidence.text().isBlank() && fallback.isPresent())) {
            level = fallback.map(Provenance::confidence).orElse(Confidence.PUBLISHED);
        } else {
            try {
                level = Confidence.parse(confidence.text());
            } catch (IllegalArgumentException e) {
                throw SourceException.badInput(at(confidence) + e.getMessage() + " (column '"
                        + ProvenanceColumns.CONFIDENCE + "')");
            }
        }
        return new Provenance(title.text().strip(), text(record, ProvenanceColumns.PUBLISHER),
                text(record, ProvenanceColumns.SOURCE_URL), text(record, ProvenanceColumns.AS_OF), level);
    }

    private static String text(RawRecord record, String column) {
        RawRecord.RawValue raw = record.get(column);
        return raw == null ? "" : raw.text().strip();
    }

    private String at(RawRecord.RawValue raw) {
        return at(raw.line(), raw.column());
    }

    private String at(int line, int column) {
        return name + ":" + line + ":" + column + ": ";
    }
}
