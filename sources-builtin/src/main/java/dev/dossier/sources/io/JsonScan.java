package dev.dossier.sources.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dossier.api.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON document once, streaming, before its rows are read: so that a key given twice
 * anywhere, or a syntax error at the end, is reported before any complaint about the document's
 * shape (the user would otherwise fix the wrong thing first), and to collect what each series
 * of a {@link RowsPointer} with a {@code *} step passes on to its rows.
 */
final class JsonScan {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) ['\"](.*)['\"]");

    private JsonScan() {
    }

    /**
     * Checks the whole document and, for a series pointer, returns each series' scalar values
     * (key → value with its position), in document order; empty without a {@code *} step.
     *
     * @throws SourceException (bad input) for a duplicate key ({@code data.json:4:21: key 'year' is given twice…}),
     *                         malformed JSON or a broken read limit, located in the file
     */
    static List<Map<String, RawRecord.RawValue>> scan(TableInput input, TableSettings settings, RowsPointer pointer)
            throws SourceException {
        String name = input.name();
        JsonParser parser = null;
        try (InputStream in = input.open()) {
            parser = JsonRecordStream.parser(in, settings);
            while (parser.nextToken() != null) {
                // every token is read: duplicates, syntax and limits are checked by the parser itself
            }
        } catch (JsonParseException e) {
            Matcher m = DUPLICATE.matcher(e.getOriginalMessage());
            if (m.find()) {
                JsonLocation at = e.getLocation();
                throw SourceException.badInput(name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": key '" + m.group(1)
                        + "' is given twice in one object (line " + at.getLineNr() + "); a reader would keep only one of"
                        + " the two values, so the file is refused: remove one", e);
            }
            throw TableReader.failure(name, e, parser);
        } catch (IOException e) {
            throw TableReader.failure(name, e, parser);
        } finally {
            closeQuietly(parser);
        }
        return pointer.isSeries() ? seriesValues(input, settings, pointer) : List.of();
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }

    /** The scalar keys of each series object, which every row of that series inherits. */
    private static List<Map<String, RawRecord.RawValue>> seriesValues(TableInput input, TableSettings settings,
                                                                      RowsPointer pointer) throws SourceException {
        String name = input.name();
        List<Map<String, RawRecord.RawValue>> out = new ArrayList<>();
        try (InputStream in = input.open(); JsonParser parser = JsonRecordStream.parser(in, settings)) {
            JsonToken container = JsonPointerSeek.seek(parser, name, pointer.prefix());
            if (container != JsonToken.START_ARRAY && container != JsonToken.START_OBJECT) {
                return out; // the record stream reports the wrong shape, with its position
            }
            for (JsonToken t = JsonRecordStream.nextSeries(parser); t != null; t = JsonRecordStream.nextSeries(parser)) {
                Map<String, RawRecord.RawValue> values = new LinkedHashMap<>();
                if (t == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = RecordStream.normalise(parser.currentName());
                        JsonToken value = parser.nextToken();
                        if (value.isScalarValue()) {
                            values.put(field, JsonRecordStream.rawValue(parser, value));
                        }
                        parser.skipChildren();
                    }
                } else {
                    parser.skipChildren();
                }
                out.add(values);
            }
        } catch (IOException e) {
            throw TableReader.failure(name, e);
        }
        return out;
    }
}
