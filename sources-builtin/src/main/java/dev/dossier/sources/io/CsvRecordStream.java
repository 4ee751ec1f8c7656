package dev.dossier.sources.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dossier.api.SourceException;
import dev.dossier.api.Utf8Reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams the records of a UTF-8 CSV file with a header line, using Jackson's CSV parser.
 *
 * <p>The text is decoded by a {@link Utf8Reader}: a byte-order mark is dropped, another encoding is
 * an error that names it; CRLF and LF line ends, quoted fields with line breaks and
 * blank lines (including spreadsheet rows whose cells are all empty) are handled here, so that
 * the {@link RowMapper} sees only real records. A header that names a column twice (compared as
 * {@link RecordStream#normalise} does) is bad input at line 1.
 */
final class CsvRecordStream implements RecordStream {

    private final String name;
    private final CsvParser parser;
    private final List<String> header;
    private JsonToken pending;

    CsvRecordStream(String name, InputStream in, TableSettings settings) throws SourceException {
        this.name = name;
        CsvParser opened = null;
        try {
            // Strict UTF-8: a Latin-1 or UTF-16 export fails naming its encoding instead of printing '�'.
            BufferedReader reader = new BufferedReader(new Utf8Reader(in));
            char delimiter = settings.delimiter() != null ? settings.delimiter() : DelimiterSniffer.sniff(reader);
            CsvFactory factory = CsvFactory.builder()
                    .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .streamReadConstraints(settings.limits().constraints())
                    .build();
            opened = factory.createParser(reader);
            opened.setSchema(CsvSchema.emptySchema().withHeader().withColumnSeparator(delimiter));
            // The header is read with the first token; an empty file has no token at all.
            pending = opened.nextToken();
            List<String> names = new ArrayList<>();
            for (CsvSchema.Column c : opened.getSchema()) {
                String column = RecordStream.normalise(c.getName());
                int before = names.indexOf(column);
                if (before >= 0) {
                    // the parser keeps the last of two same-named cells: one column's values would vanish
                    opened.close();
                    throw SourceException.badInput(name + ":1: column '" + c.getName().replace("\uFEFF", "").strip()
                            + "' appears twice in the header (fields " + (before + 1) + " and " + (names.size() + 1)
                            + "); give each column its own name");
                }
                names.add(column);
            }
            header = List.copyOf(names);
            parser = opened;
        } catch (IOException e) {
            throw TableReader.failure(name, e, opened);
        }
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.of(header);
    }

    @Override
    public RawRecord next() throws SourceException {
        RawRecord record;
        do {
            record = read();
        } while (record != null && record.isBlank());
        return record;
    }

    private RawRecord read() throws SourceException {
        try {
            JsonToken token = pending != null ? pending : parser.nextToken();
            pending = null;
            if (token == null) {
                return null;
            }
            // A record starts where its first value does: the parser places the start of a record at
            // the end of the line before, which would put errors about a short row one line too early.
            RawRecord record = null;
            String field = null;
            for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    field = RecordStream.normalise(parser.currentName());
                } else {
                    JsonLocation at = parser.currentTokenLocation();
                    if (record == null) {
                        record = new RawRecord(at.getLineNr(), at.getColumnNr());
                    }
                    record.put(field, new RawRecord.RawValue(parser.getText(), at.getLineNr(), at.getColumnNr()));
                }
            }
            if (record == null) {
                JsonLocation at = parser.currentTokenLocation();
                record = new RawRecord(at.getLineNr(), at.getColumnNr());
            }
            return record;
        } catch (IOException e) {
            throw TableReader.failure(name, e, parser);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing useful to do when closing a read-only file fails
        }
    }
}
