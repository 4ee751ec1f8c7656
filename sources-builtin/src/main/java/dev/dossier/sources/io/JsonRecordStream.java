package dev.dossier.sources.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.dossier.api.SourceException;
import dev.dossier.api.Utf8Reader;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streams the objects of a JSON document one at a time; scalar values are kept as their text so
 * that JSON and CSV cells go through the same {@link CellParser}.
 *
 * <p>The rows are an array of objects, or one object read as one row: the whole document, the
 * value at the settings' JSON pointer, or, for a pointer with a {@code *} step
 * ({@link RowsPointer}), the rows of every series in turn, each row inheriting its series'
 * scalar keys (a key of the row itself wins). The text is strict UTF-8 ({@link Utf8Reader}).
 * {@code NaN} and {@code Infinity}, as Python and JavaScript write them, are read as numbers
 * that are not finite, which the {@link RowMapper} turns into missing values with a warning.
 * Duplicate keys and syntax are checked before by {@link JsonScan}; the {@link ReadLimits} are
 * enforced while parsing.
 */
final class JsonRecordStream implements RecordStream {

    private final String name;
    private final JsonParser parser;
    private final RowsPointer pointer;
    private final List<Map<String, RawRecord.RawValue>> seriesValues;
    private int series = -1;
    /** The current rows: an array whose objects are read in turn, or one object read once. */
    private JsonToken target;
    private boolean targetDone;

    JsonRecordStream(String name, InputStream in, TableSettings settings,
                     List<Map<String, RawRecord.RawValue>> seriesValues) throws SourceException {
        this.name = name;
        this.pointer = RowsPointer.parse(settings.pointer());
        this.seriesValues = seriesValues;
        JsonParser opened = null;
        try {
            opened = parser(in, settings);
            JsonToken first = JsonPointerSeek.seek(opened, name, pointer.prefix());
            parser = opened;
            if (pointer.isSeries()) {
                if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
                    throw SourceException.badInput(location(opened.currentTokenLocation()) + "expected an array (or object)"
                            + " of series at '" + pointer.prefix() + "', found " + describe(first));
                }
                targetDone = true; // the first series is entered by next()
            } else {
                enter(first, pointer.prefix().isEmpty() ? "" : " at '" + pointer.prefix() + "'");
            }
        } catch (IOException e) {
            throw TableReader.failure(name, e, opened);
        }
    }

    /** A parser for JSON as other programs write it: strict about duplicates, lenient about {@code NaN}. */
    static JsonParser parser(InputStream in, TableSettings settings) throws IOException {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(settings.limits().constraints())
                .build();
        return factory.createParser(new Utf8Reader(in));
    }

    /** Makes {@code token} the current rows: an array of objects or a single object. */
    private void enter(JsonToken token, String where) throws SourceException {
        if (token != JsonToken.START_ARRAY && token != JsonToken.START_OBJECT) {
            throw SourceException.badInput(location(parser.currentTokenLocation())
                    + "expected a JSON array of objects (or one object, read as one row)" + where + ", found " + describe(token));
        }
        target = token;
        targetDone = false;
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.empty();
    }

    @Override
    public RawRecord next() throws SourceException {
        try {
            while (true) {
                if (!targetDone) {
                    RawRecord record = nextInTarget();
                    if (record != null) {
                        return record;
                    }
                    targetDone = true;
                }
                if (!pointer.isSeries() || !nextSeriesTarget()) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw TableReader.failure(name, e, parser);
        }
    }

    private RawRecord nextInTarget() throws IOException, SourceException {
        if (target == JsonToken.START_OBJECT) {
            target = null; // read once
            return object();
        }
        if (target == null) {
            return null;
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw SourceException.badInput(location(parser.currentTokenLocation()) + "expected an object (one row), found "
                    + describe(token));
        }
        return object();
    }

    /** Leaves the finished series and enters the rows of the next one; false after the last. */
    private boolean nextSeriesTarget() throws IOException, SourceException {
        if (series >= 0) {
            for (int i = 0; i < pointer.suffixDepth(); i++) {
                skipToEndOfContainer();
            }
        }
        JsonToken t = nextSeries(parser);
        if (t == null) {
            return false;
        }
        series++;
        String shown = pointer.prefix() + "/*" + pointer.suffix();
        if (t != JsonToken.START_OBJECT) {
            throw SourceException.badInput(location(parser.currentTokenLocation()) + "each series at '" + pointer.prefix()
                    + "' must be an object holding '" + pointer.suffix().substring(1) + "', found " + describe(t));
        }
        enter(JsonPointerSeek.seekFrom(parser, t, name, pointer.suffix(), shown), " at '" + shown + "'");
        return true;
    }

    /** The first token of the next element of the current array or object, or null at its end. */
    static JsonToken nextSeries(JsonParser parser) throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.FIELD_NAME) {
            t = parser.nextToken();
        }
        return t == null || t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT ? null : t;
    }

    private void skipToEndOfContainer() throws IOException {
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY;
             t = parser.nextToken()) {
            if (t.isStructStart()) {
                parser.skipChildren();
            }
        }
    }

    /** Reads the object whose start is the current token. */
    private RawRecord object() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        RawRecord record = new RawRecord(start.getLineNr(), start.getColumnNr());
        if (series >= 0 && series < seriesValues.size()) {
            seriesValues.get(series).forEach(record::put);
        }
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String field = RecordStream.normalise(parser.currentName());
            JsonToken value = parser.nextToken();
            record.put(field, rawValue(parser, value));
            // Nested values are skipped, not read: only a declared column holding one is an error.
            parser.skipChildren();
        }
        return record;
    }

    /** The current value as a raw cell with its position. */
    static RawRecord.RawValue rawValue(JsonParser parser, JsonToken value) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        RawRecord.Kind kind;
        String text;
        if (value.isStructStart()) {
            kind = RawRecord.Kind.STRUCTURE;
            text = describe(value);
        } else if (value == JsonToken.VALUE_NUMBER_FLOAT && parser.isNaN()) {
            kind = RawRecord.Kind.NOT_FINITE;
            text = parser.getText();
        } else {
            kind = value.isNumeric() ? RawRecord.Kind.NUMBER : RawRecord.Kind.TEXT;
            text = value == JsonToken.VALUE_NULL ? "" : parser.getText();
        }
        return new RawRecord.RawValue(text, at.getLineNr(), at.getColumnNr(), kind);
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
