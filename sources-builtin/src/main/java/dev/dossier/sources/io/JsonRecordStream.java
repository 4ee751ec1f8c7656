package dev.dossier.sources.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.dossier.api.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Streams the objects of a JSON array one at a time; scalar values are kept as their text so
 * that JSON and CSV cells go through the same {@link CellParser}.
 *
 * <p>The array is the whole document or the value at the settings' JSON pointer. A key given
 * twice in one object is an error (a silent "last one wins" would hide a broken export), and
 * the {@link ReadLimits} are enforced while parsing.
 */
final class JsonRecordStream implements RecordStream {

    private final String name;
    private final JsonParser parser;

    JsonRecordStream(String name, InputStream in, TableSettings settings) throws SourceException {
        this.name = name;
        JsonParser opened = null;
        try {
            JsonFactory factory = JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(settings.limits().constraints())
                    .build();
            opened = factory.createParser(in);
            JsonToken first = JsonPointerSeek.seek(opened, name, settings.pointer());
            if (first != JsonToken.START_ARRAY) {
                String where = settings.pointer().isEmpty() ? "" : " at '" + settings.pointer() + "'";
                throw SourceException.badInput(location(opened.currentTokenLocation())
                        + "expected a JSON array of objects" + where + ", found " + describe(first));
            }
            parser = opened;
        } catch (IOException e) {
            throw TableReader.failure(name, e, opened);
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
                record.put(field, new RawRecord.RawValue(text(value), at.getLineNr(), at.getColumnNr(), kind(value)));
                // Nested values are skipped, not read: only a declared column holding one is an error.
                parser.skipChildren();
            }
            return record;
        } catch (IOException e) {
            throw TableReader.failure(name, e, parser);
        }
    }

    private String text(JsonToken value) throws IOException {
        if (value.isStructStart()) {
            return describe(value);
        }
        return value == JsonToken.VALUE_NULL ? "" : parser.getText();
    }

    private static RawRecord.Kind kind(JsonToken value) {
        if (value.isStructStart()) {
            return RawRecord.Kind.STRUCTURE;
        }
        return value.isNumeric() ? RawRecord.Kind.NUMBER : RawRecord.Kind.TEXT;
    }

    private String location(JsonLocation at) {
        return name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
    }

    /** The token as a message names it, e.g. "an object". */
    static String describe(JsonToken token) {
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
