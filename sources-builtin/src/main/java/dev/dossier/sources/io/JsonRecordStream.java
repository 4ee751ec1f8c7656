package dev.dossier.sources.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dossier.api.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Streams the objects of a JSON array one at a time; scalar values are kept as their text so
 * that JSON and CSV cells go through the same {@link CellParser}.
 */
final class JsonRecordStream implements RecordStream {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String name;
    private final JsonParser parser;

    JsonRecordStream(String name, InputStream in) throws SourceException {
        this.name = name;
        try {
            parser = MAPPER.getFactory().createParser(in);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw SourceException.badInput(location(parser.currentTokenLocation())
                        + "expected a JSON array of objects, found " + describe(first));
            }
        } catch (IOException e) {
            throw TableReader.failure(name, e);
        }
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.empty();
    }

    @Override
    public RawRecord next() throws SourceException {
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return null;
            }
            JsonLocation start = parser.currentTokenLocation();
            if (token != JsonToken.START_OBJECT) {
                throw SourceException.badInput(location(start) + "expected an object (one row), found " + describe(token));
            }
            RawRecord record = new RawRecord(start.getLineNr(), start.getColumnNr());
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String field = RecordStream.normalise(parser.currentName());
                JsonToken value = parser.nextToken();
                JsonLocation at = parser.currentTokenLocation();
                if (value.isStructStart()) {
                    throw SourceException.badInput(location(at) + "expected text or a number in '" + field
                            + "', found " + describe(value));
                }
                String text = value == JsonToken.VALUE_NULL ? "" : parser.getText();
                record.put(field, new RawRecord.RawValue(text, at.getLineNr(), at.getColumnNr()));
            }
            return record;
        } catch (IOException e) {
            throw TableReader.failure(name, e);
        }
    }

    private String location(JsonLocation at) {
        return name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
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
