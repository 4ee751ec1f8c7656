package dev.dossier.sources.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Row;
import dev.dossier.api.ReadAheadCursor;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;
import dev.dossier.api.Utf8Reader;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV or JSON file into {@link Row}s that follow a {@link DatasetDescriptor}, one row at a time.
 *
 * <p>The file holds one column per declared column (matched by name; header names are compared
 * trimmed and case-insensitively) plus the {@link ProvenanceColumns}; other columns are ignored.
 * Cells are parsed by {@link CellParser}. A CSV file has a header line; a JSON file is an array
 * of objects, or one object read as one row (see {@link RowsPointer} for rows spread over series).
 * The cursor's {@link RowCursor#warnings()} name the values read as missing though the file held
 * something ({@code NaN}, {@code Infinity}).
 *
 * <p>Errors are {@link SourceException#badInput bad input} with one line that starts with
 * {@code file:line:column}, says what was found and what was expected, e.g.
 * {@code data/companies.csv:7:21: 'n/a' is not a decimal (column 'value')}. A missing declared
 * column is reported when the file is opened (CSV); a JSON object may leave out the keys of
 * optional columns, and one that lacks a required column is reported at that object.
 *
 * <p>{@link TableSettings} adapt the reader to files it did not write: number syntax, CSV
 * delimiter, a JSON pointer to the rows, a default source, strictness about unknown columns and
 * {@link ReadLimits} against hostile files.
 *
 * @since 0.1
 */
public final class TableReader {

    private TableReader() {
    }

    /**
     * Opens a cursor over the rows of {@code input}; the file stays open until the cursor is
     * exhausted or closed.
     *
     * @throws SourceException when the file cannot be opened, its header lacks a declared or
     *                         required provenance column, or it is not a JSON array
     */
    public static RowCursor open(TableInput input, DatasetDescriptor descriptor) throws SourceException {
        return open(input, descriptor, TableSettings.DEFAULT);
    }

    /**
     * Opens a cursor over the rows of {@code input}, read with {@code settings}.
     *
     * @throws SourceException like {@link #open(TableInput, DatasetDescriptor)}, and when the JSON
     *                         pointer leads nowhere or a limit is exceeded
     * @since 0.2
     */
    public static RowCursor open(TableInput input, DatasetDescriptor descriptor, TableSettings settings)
            throws SourceException {
        List<Map<String, RawRecord.RawValue>> seriesValues = List.of();
        if (input.format() == TableFormat.JSON) {
            RowsPointer pointer;
            try {
                pointer = RowsPointer.parse(settings.pointer());
            } catch (IllegalArgumentException e) {
                throw SourceException.badInput(input.name() + ": " + e.getMessage());
            }
            seriesValues = JsonScan.scan(input, settings, pointer);
        }
        InputStream in;
        try {
            in = input.open();
        } catch (IOException e) {
            throw SourceException.badInput(input.name() + ": cannot read (" + e.getMessage() + ")", e);
        }
        RecordStream records = null;
        try {
            records = switch (input.format()) {
                case CSV -> new CsvRecordStream(input.name(), in, settings);
                case JSON -> new JsonRecordStream(input.name(), in, settings, seriesValues);
            };
            RowMapper mapper = new RowMapper(input.name(), descriptor, settings);
            if (records.header().isPresent()) {
                mapper.checkHeader(records.header().get());
            }
            return new Cursor(records, mapper);
        } catch (SourceException | RuntimeException e) {
            if (records != null) {
                records.close();
            }
            closeQuietly(in);
            throw e;
        }
    }

    /** Wraps a parser failure as bad input located at the parser's position. */
    static SourceException failure(String name, IOException e) {
        return failure(name, e, null);
    }

    /**
     * Wraps a parser failure as bad input located at the failure, or else at {@code parser}'s
     * position: a broken {@link ReadLimits read limit} carries no location of its own.
     */
    static SourceException failure(String name, IOException e, JsonParser parser) {
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation() != null ? j.getLocation() : parser == null ? null : parser.currentLocation();
            String what = j.getOriginalMessage().lines().findFirst().orElse("malformed file");
            if (e instanceof StreamConstraintsException) {
                // Jackson names its own setting; the user needs to know only which limit the file broke.
                what = "exceeds a read limit: " + what.replaceFirst(", from `StreamReadConstraints[^`]*`", "");
            } else {
                what = plain(what);
            }
            if (at == null || at.getLineNr() < 1) {
                return SourceException.badInput(name + ": " + what, e);
            }
            if (at != null) {
                return SourceException.badInput(name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + what, e);
            }
            return SourceException.badInput(name + ": " + what, e);
        }
        if (e instanceof Utf8Reader.NotUtf8Exception n) {
            return SourceException.badInput(name + ":" + n.line() + ":" + n.column() + ": " + n.reason(), e);
        }
        return SourceException.badInput(name + ": cannot read (" + e.getMessage() + ")", e);
    }

    /** Jackson's wording for common CSV problems, said in the user's terms. */
    private static String plain(String what) {
        if (what.startsWith("Empty header line")) {
            return "the file is empty; expected a header line naming the columns";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Too many entries: expected at most (\\d+).*").matcher(what);
        if (m.matches()) {
            return "this row has more fields than the header's " + m.group(1)
                    + " columns (an unquoted delimiter inside a value, or the wrong 'delimiter' option?)";
        }
        return what;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the stream was only read
        }
    }

    /** Maps records to rows one at a time; the file is closed at the end, on error or when closed. */
    private static final class Cursor extends ReadAheadCursor {
        private final RecordStream records;
        private final RowMapper mapper;

        Cursor(RecordStream records, RowMapper mapper) {
            this.records = records;
            this.mapper = mapper;
        }

        @Override
        protected Row read() throws SourceException {
            RawRecord record = records.next();
            return record == null ? null : mapper.map(record);
        }

        @Override
        protected void release() {
            records.close();
        }

        @Override
        public List<String> warnings() {
            return mapper.warnings();
        }
    }
}
