package dev.dossier.sources.io;

import dev.dossier.api.Column;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.SourceException;

import java.util.ArrayList;
import java.util.List;

/** Turns raw records into typed {@link Row}s of one dataset, reporting problems with their file position. */
final class RowMapper {

    private final String name;
    private final DatasetDescriptor descriptor;
    private final Row.Builder builder;
    private final List<String> expected;
    private final List<String> expectedInEveryRow;

    RowMapper(String name, DatasetDescriptor descriptor) {
        this.name = name;
        this.descriptor = descriptor;
        this.builder = Row.builder(descriptor);
        List<String> columns = new ArrayList<>();
        descriptor.columns().forEach(c -> columns.add(c.name()));
        columns.addAll(ProvenanceColumns.REQUIRED);
        this.expected = List.copyOf(columns);
        // A JSON object may leave out the key of an optional column; a CSV header must list every column.
        List<String> perRow = new ArrayList<>();
        descriptor.columns().stream().filter(Column::required).forEach(c -> perRow.add(c.name()));
        perRow.addAll(ProvenanceColumns.REQUIRED);
        this.expectedInEveryRow = List.copyOf(perRow);
    }

    /** Checks a header line for every declared and required provenance column. */
    void checkHeader(List<String> header) throws SourceException {
        for (String column : expected) {
            if (!header.contains(column)) {
                throw SourceException.badInput(name + ":1:1: missing column '" + column + "' (header has: "
                        + String.join(", ", header) + "; expected: " + String.join(", ", expected) + ")");
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

    private Cell parse(RawRecord.RawValue raw, Column column) throws SourceException {
        try {
            return CellParser.parse(raw.text(), column.type());
        } catch (CellFormatException e) {
            throw SourceException.badInput(at(raw) + e.getMessage() + " (column '" + column.name() + "')");
        }
    }

    private Provenance provenance(RawRecord record) throws SourceException {
        RawRecord.RawValue title = record.get(ProvenanceColumns.SOURCE_TITLE);
        if (title.text().isBlank()) {
            throw SourceException.badInput(at(title) + "empty source title (column '"
                    + ProvenanceColumns.SOURCE_TITLE + "'); every row needs a source");
        }
        RawRecord.RawValue confidence = record.get(ProvenanceColumns.CONFIDENCE);
        Confidence level;
        try {
            level = Confidence.parse(confidence.text());
        } catch (IllegalArgumentException e) {
            throw SourceException.badInput(at(confidence) + e.getMessage() + " (column '"
                    + ProvenanceColumns.CONFIDENCE + "')");
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
