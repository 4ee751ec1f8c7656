package dev.dossier.core.template;

import dev.dossier.core.text.DidYouMean;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one mapping of a {@link LocatedYaml} tree, collecting problems (with file:line:column)
 * instead of stopping at the first, so a template with several mistakes is reported in one go.
 */
final class NodeReader {

    private final LocatedYaml doc;
    private final String pointer;
    private final JsonNode node;
    private final List<String> problems;

    NodeReader(LocatedYaml doc, String pointer, JsonNode node, List<String> problems) {
        this.doc = doc;
        this.pointer = pointer;
        this.node = node;
        this.problems = problems;
    }

    SourceLocation location() {
        return doc.locationOf(pointer);
    }

    /** Where the value of {@code key} is written, so errors land on the right column. */
    SourceLocation locationOfChild(String key) {
        return doc.locationOf(pointer + "/" + key);
    }

    String pointer() {
        return pointer;
    }

    JsonNode node() {
        return node;
    }

    void problem(String key, String message) {
        SourceLocation at = doc.locationOf(key == null ? pointer : pointer + "/" + key);
        problems.add(at + ": " + message);
    }

    /** Reports keys outside {@code allowed}, with a suggestion for likely typos. */
    void allowOnly(Set<String> allowed, String what) {
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(k -> {
            if (k.equals("onError")) {
                problem(k, "'onError' goes beside the block's kind, not inside it: write it on its own line"
                        + " after " + what.replaceFirst("^an? ", "'- ") + ":', indented like that key");
            } else if (!allowed.contains(k)) {
                problem(k, "unknown key '" + k + "' in " + what + DidYouMean.hint(k, allowed)
                        + "; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
        });
    }

    String string(String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problem(null, "missing '" + key + "'");
            }
            return null;
        }
        if (!v.isValueNode()) {
            problem(key, "'" + key + "' must be text, not a " + kind(v));
            return null;
        }
        return v.asText();
    }

    Integer integer(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            problem(key, "'" + key + "' must be a whole number ≥ 0, not '" + v.asText() + "'");
            return null;
        }
        return v.asInt();
    }

    Float decimal(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() <= 0) {
            problem(key, "'" + key + "' must be a positive number, not '" + v.asText() + "'");
            return null;
        }
        return (float) v.asDouble();
    }

    boolean flag(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            problem(key, "'" + key + "' must be true or false, not '" + v.asText() + "'");
            return false;
        }
        return v.asBoolean();
    }

    /** A list of scalars; a single scalar is accepted as a one-element list. */
    List<String> strings(String key) {
        JsonNode v = node.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isValueNode()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (e.isValueNode()) {
                    out.add(e.asText());
                } else {
                    problem(key + "/" + i, "'" + key + "' entries must be text, not a " + kind(e));
                }
            }
        } else {
            problem(key, "'" + key + "' must be a list, not a " + kind(v));
        }
        return out;
    }

    /** A mapping of scalars, e.g. {@code where: {entity: China}}. */
    Map<String, String> stringMap(String key) {
        JsonNode v = node.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            problem(key, "'" + key + "' must be a mapping of names to values, not a " + kind(v));
            return out;
        }
        v.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                out.put(e.getKey(), e.getValue().asText());
            } else {
                problem(key + "/" + e.getKey(), "'" + e.getKey() + "' must be a single value, not a " + kind(e.getValue()));
            }
        });
        return out;
    }

    /** A child mapping, or null (reported when required) when absent or not a mapping. */
    NodeReader child(String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problem(null, "missing '" + key + "'");
            }
            return null;
        }
        if (!v.isObject()) {
            problem(key, "'" + key + "' must be a mapping, not a " + kind(v));
            return null;
        }
        return new NodeReader(doc, pointer + "/" + key, v, problems);
    }

    /** The elements of a list, each as a reader; reports a non-list. */
    List<NodeReader> elements(String key, boolean required) {
        JsonNode v = node.get(key);
        List<NodeReader> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            if (required) {
                problem(null, "missing '" + key + "'");
            }
            return out;
        }
        if (!v.isArray()) {
            problem(key, "'" + key + "' must be a list, not a " + kind(v));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(new NodeReader(doc, pointer + "/" + key + "/" + i, v.get(i), problems));
        }
        return out;
    }

    static String kind(JsonNode v) {
        if (v.isObject()) {
            return "mapping";
        }
        if (v.isArray()) {
            return "list";
        }
        if (v.isNumber()) {
            return "number";
        }
        return v.isBoolean() ? "boolean" : "text";
    }
}
