package dev.dossier.core.template;

import dev.dossier.core.error.ErrorCode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dossier.core.error.DossierException;

import dev.dossier.api.Utf8Reader;
import dev.dossier.core.text.Composed;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a Jackson tree, remembering the line and column of every node
 * by its JSON pointer, so later checks can point at the exact place in the file.
 */
public final class LocatedYaml {

    // A key given twice would silently replace the first value: refuse it like a syntax error.
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private final Path file;
    private final JsonNode root;
    private final Map<String, SourceLocation> locations;

    private LocatedYaml(Path file, JsonNode root, Map<String, SourceLocation> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /**
     * Reads a YAML file.
     *
     * @throws DossierException INPUT {@code DOS-TEMPLATE-SYNTAX} with line and column when the
     *                          YAML is malformed, {@code DOS-FILE-NOT-FOUND} when the file is missing
     */
    public static LocatedYaml read(Path file) {
        String text;
        try {
            text = readUtf8(file);
        } catch (Utf8Reader.NotUtf8Exception e) {
            throw DossierException.input(ErrorCode.FILE_ENCODING, file + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (NoSuchFileException e) {
            throw DossierException.input(ErrorCode.FILE_NOT_FOUND, file + ": no such file");
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.FILE_UNREADABLE, file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file, text);
    }

    /**
     * The file's text, strictly UTF-8 (a byte-order mark dropped).
     *
     * @throws Utf8Reader.NotUtf8Exception naming the encoding the file seems to be in, and where
     */
    public static String readUtf8(Path file) throws IOException {
        try (java.io.Reader in = new Utf8Reader(Files.newInputStream(file))) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    /** Parses YAML text; {@code file} is used in messages only and may be null. */
    public static LocatedYaml parse(Path file, String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw DossierException.input(ErrorCode.TEMPLATE_SYNTAX, (file == null ? "<template>" : file) + ": the file is empty");
            }
            compose(root);
            return new LocatedYaml(file, root, locate(file, text));
        } catch (JsonProcessingException e) {
            throw DossierException.input(ErrorCode.TEMPLATE_SYNTAX, syntaxLocation(file, e) + ": not valid YAML: "
                    + oneLine(e.getOriginalMessage()) + began(e));
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.TEMPLATE_SYNTAX, file + ": " + e.getMessage());
        }
    }

    /** Where the YAML parser found the problem. */
    private static SourceLocation syntaxLocation(Path file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new SourceLocation(file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
        }
        JsonLocation at = e.getLocation();
        return at == null ? new SourceLocation(file, 0, 0) : new SourceLocation(file, at.getLineNr(), at.getColumnNr());
    }

    /**
     * Where the construct that went wrong began, when that is an earlier line: an unclosed quote
     * or bracket is found far below where it was opened.
     */
    private static String began(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getContextMark() != null
                && marked.getProblemMark() != null && marked.getContextMark().getLine() < marked.getProblemMark().getLine()) {
            return " (the enclosing part began at line " + (marked.getContextMark().getLine() + 1) + ", column "
                    + (marked.getContextMark().getColumn() + 1) + ")";
        }
        return "";
    }

    /** The parser's explanation without its echo of the source lines and caret markers. */
    static String oneLine(String message) {
        return String.join("; ", message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList());
    }

    /** Walks the token stream once, recording where each value starts. */
    private static Map<String, SourceLocation> locate(Path file, String text) throws IOException {
        Map<String, SourceLocation> out = new HashMap<>();
        try (JsonParser p = YAML.createParser(text)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> arrayIndex = new ArrayDeque<>();
            JsonToken t;
            String pendingField = null;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    pendingField = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    if (t == JsonToken.END_ARRAY) {
                        arrayIndex.pop();
                    }
                    if (!path.isEmpty()) {
                        path.pop();
                    }
                    continue;
                }
                String segment = null;
                if (pendingField != null) {
                    segment = escape(pendingField);
                    pendingField = null;
                } else if (!arrayIndex.isEmpty()) {
                    int i = arrayIndex.pop();
                    arrayIndex.push(i + 1);
                    segment = Integer.toString(i);
                }
                String pointer = (segment == null) ? "" : currentPointer(path) + "/" + segment;
                JsonLocation at = p.currentTokenLocation();
                out.putIfAbsent(pointer, new SourceLocation(file, at.getLineNr(), at.getColumnNr()));
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    path.push(segment == null ? "" : segment);
                    if (t == JsonToken.START_ARRAY) {
                        arrayIndex.push(0);
                    }
                }
            }
        }
        return out;
    }

    private static String currentPointer(Deque<String> path) {
        StringBuilder sb = new StringBuilder();
        var it = path.descendingIterator();
        while (it.hasNext()) {
            String s = it.next();
            if (!s.isEmpty()) {
                sb.append('/').append(s);
            }
        }
        return sb.toString();
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    public JsonNode root() {
        return root;
    }

    public Path file() {
        return file;
    }

    /** The location of the node at a JSON pointer, or the nearest enclosing node's location. */
    public SourceLocation locationOf(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return new SourceLocation(file, 0, 0);
            }
            p = p.substring(0, slash);
        }
    }

    /**
     * Puts every string of the parsed document in composed form (NFC), once, as the template
     * enters the engine (after YAML escapes such as "\\u0301" are read): see {@link Composed}.
     */
    private static void compose(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            List<String> names = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual() && Composed.text(v.textValue()) != v.textValue()) {
                    o.put(name, Composed.text(v.textValue()));
                } else {
                    compose(v);
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual() && Composed.text(v.textValue()) != v.textValue()) {
                    a.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(Composed.text(v.textValue())));
                } else {
                    compose(v);
                }
            }
        }
    }
}
