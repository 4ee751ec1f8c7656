package dev.dossier.core.edition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON node with its path from the document root ({@code $.datasets[3].rows[12]}), for reading a
 * fixed shape and reporting where it is not met.
 *
 * <p>Every failure is a {@link DossierException} INPUT {@link ErrorCode#SNAPSHOT_INVALID} reading
 * {@code FILE: PATH: expected …, found …}.
 */
record JsonAt(String file, String path, JsonNode node) {

    static JsonAt root(String file, JsonNode node) {
        return new JsonAt(file, "$", node);
    }

    /** The named member of this object; fails when this is not an object or lacks it. */
    JsonAt field(String name) {
        JsonNode value = object().get(name);
        if (value == null) {
            throw wrong("a member '" + name + "'", "none");
        }
        return new JsonAt(file, path + "." + name, value);
    }

    /** Whether this object has the named member. */
    boolean has(String name) {
        return object().has(name);
    }

    /** Fails when this object has a member not in {@code allowed}. */
    JsonAt only(Set<String> allowed) {
        for (Iterator<String> it = object().fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new JsonAt(file, path + "." + name, node.get(name)).wrong("one of " + String.join(", ", allowed),
                        "unknown member '" + name + "'");
            }
        }
        return this;
    }

    String text() {
        if (!node.isTextual()) {
            throw wrong("a string", describe(node));
        }
        return node.textValue();
    }

    /** A string, or {@code null} for a JSON null. */
    String textOrNull() {
        return node.isNull() ? null : text();
    }

    int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrong("a whole number", describe(node));
        }
        return node.intValue();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw wrong("true or false", describe(node));
        }
        return node.booleanValue();
    }

    /** The elements of this array, each with its path. */
    List<JsonAt> elements() {
        if (!node.isArray()) {
            throw wrong("an array", describe(node));
        }
        List<JsonAt> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonAt(file, path + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    /** The members of this object, in document order, each with its path. */
    Map<String, JsonAt> members() {
        Map<String, JsonAt> out = new LinkedHashMap<>();
        object().fields().forEachRemaining(e -> out.put(e.getKey(), new JsonAt(file, path + "." + e.getKey(), e.getValue())));
        return out;
    }

    /** The members of this object as strings. */
    Map<String, String> strings() {
        Map<String, String> out = new LinkedHashMap<>();
        members().forEach((k, v) -> out.put(k, v.text()));
        return out;
    }

    /** An INPUT error at this path. */
    DossierException wrong(String expected, String found) {
        return DossierException.input(ErrorCode.SNAPSHOT_INVALID,
                file + ": " + path + ": expected " + expected + ", found " + found);
    }

    private JsonNode object() {
        if (!node.isObject()) {
            throw wrong("an object", describe(node));
        }
        return node;
    }

    static String describe(JsonNode n) {
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            String t = n.textValue();
            return "the string '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
        }
        if (n.isNumber() || n.isBoolean()) {
            return n.asText();
        }
        return n.isArray() ? "an array" : "an object";
    }
}
