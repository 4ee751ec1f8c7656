package dev.dossier.sources.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import dev.dossier.api.SourceException;

import java.io.IOException;

/**
 * Moves a streaming JSON parser to the value a JSON pointer (RFC 6901) names, skipping
 * everything before it without building a tree, so a large document is never held in memory.
 */
final class JsonPointerSeek {

    private JsonPointerSeek() {
    }

    /**
     * Reads up to the first token of the value at {@code pointer} and returns that token.
     *
     * @param pointer e.g. {@code /data/items}; empty for the top-level value
     * @throws SourceException (bad input) naming the pointer and the step that found nothing
     */
    static JsonToken seek(JsonParser parser, String name, String pointer) throws IOException, SourceException {
        return seekFrom(parser, parser.nextToken(), name, pointer, pointer);
    }

    /**
     * Like {@link #seek}, starting at the parser's current token {@code token} (the start of the
     * value the pointer is relative to).
     *
     * @param shown the pointer as the user wrote it, for messages
     */
    static JsonToken seekFrom(JsonParser parser, JsonToken token, String name, String pointer, String shown)
            throws IOException, SourceException {
        JsonPointer path;
        try {
            path = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw SourceException.badInput(name + ": '" + shown + "' is not a JSON pointer (expected e.g. /data/items)");
        }
        for (JsonPointer rest = path; !rest.matches(); rest = rest.tail()) {
            JsonLocation at = parser.currentTokenLocation();
            boolean found = token == JsonToken.START_OBJECT ? toProperty(parser, rest.getMatchingProperty())
                    : token == JsonToken.START_ARRAY && toIndex(parser, rest.getMatchingIndex());
            if (!found) {
                String step = rest.getMatchingProperty();
                String where = token == JsonToken.START_OBJECT ? "no key '" + step + "' in the object"
                        : token == JsonToken.START_ARRAY ? "no element " + step + " in the array"
                        : "cannot step into '" + step + "' of a value that is no object or array";
                throw SourceException.badInput(name + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": JSON pointer '" + shown + "' leads nowhere: " + where);
            }
            token = parser.currentToken();
        }
        return token;
    }

    private static boolean toProperty(JsonParser parser, String key) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals(key)) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static boolean toIndex(JsonParser parser, int index) throws IOException {
        if (index < 0) {
            return false;
        }
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (i++ == index) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }
}
