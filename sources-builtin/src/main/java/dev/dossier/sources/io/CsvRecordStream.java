package dev.dossier.sources.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dossier.api.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Streams the records of a UTF-8 CSV file with a header line, using Jackson's CSV parser. */
final class CsvRecordStream implements RecordStream {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final String name;
    private final CsvParser parser;
    private final List<String> header;
    private JsonToken pending;

    CsvRecordStream(String name, InputStream in) throws SourceException {
        this.name = name;
        try {
            parser = MAPPER.getFactory()
                    .createParser(new InputStreamReader(in, StandardCharsets.UTF_8));
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            // The header is read with the first token; an empty file has no token at all.
            pending = parser.nextToken();
            List<String> names = new ArrayList<>();
            for (CsvSchema.Column c : parser.getSchema()) {
                names.add(RecordStream.normalise(c.getName()));
            }
            header = List.copyOf(names);
        } catch (IOException e) {
            throw TableReader.failure(name, e);
        }
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.of(header);
    }

    @Override
    public RawRecord next() throws SourceException {
        try {
            JsonToken token = pending != null ? pending : parser.nextToken();
            pending = null;
            if (token == null) {
                return null;
            }
            JsonLocation start = parser.currentTokenLocation();
            RawRecord record = new RawRecord(start.getLineNr(), start.getColumnNr());
            String field = null;
            for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    field = RecordStream.normalise(parser.currentName());
                } else {
                    JsonLocation at = parser.currentTokenLocation();
                    record.put(field, new RawRecord.RawValue(parser.getText(), at.getLineNr(), at.getColumnNr()));
                }
            }
            return record;
        } catch (IOException e) {
            throw TableReader.failure(name, e);
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
