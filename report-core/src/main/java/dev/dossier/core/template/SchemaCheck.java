package dev.dossier.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.dossier.core.text.DidYouMean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a YAML document against one of Dossier's JSON Schemas ({@code templates/schema/}), the
 * same files editors use through the YAML language server, so what an editor flags and what
 * {@code dossier validate} reports agree.
 *
 * <p>Each problem is one line: {@code file:line:column: at $.sections[0].blocks[2].chart: what is
 * wrong}, with the closest known key suggested for an unknown one. Instances are immutable and
 * thread-safe; the schema is read once.
 */
public final class SchemaCheck {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final SchemaCheck TEMPLATES = new SchemaCheck("template.schema.json");
    private static final SchemaCheck THEMES = new SchemaCheck("theme.schema.json");

    private final Schema schema;

    private SchemaCheck(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("schema/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            this.schema = REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The check of {@code templates/schema/template.schema.json}. */
    public static SchemaCheck templates() {
        return TEMPLATES;
    }

    /** The check of {@code templates/schema/theme.schema.json}. */
    public static SchemaCheck themes() {
        return THEMES;
    }

    /**
     * The document's problems, one line each, located in the file; empty when it conforms.
     *
     * <p>Where several alternatives of a {@code oneOf} fail, only the lines about the alternative
     * the document comes closest to are kept, so a block with a misspelt key is not reported five times.
     */
    public List<String> problems(LocatedYaml doc) {
        record Located(SourceLocation at, String line) {
        }
        List<Located> found = new ArrayList<>();
        for (Error e : schema.validate(doc.root())) {
            String line = line(doc, e);
            if (line != null && found.stream().noneMatch(f -> f.line().equals(line))) {
                found.add(new Located(doc.locationOf(pointer(e.getInstanceLocation())), line));
            }
        }
        // in the order of the file, as the user reads it
        found.sort(java.util.Comparator.comparingInt((Located l) -> l.at().line()).thenComparingInt(l -> l.at().column()));
        return found.stream().map(Located::line).toList();
    }

    private String line(LocatedYaml doc, Error e) {
        String pointer = pointer(e.getInstanceLocation());
        String path = jsonPath(e.getInstanceLocation());
        String keyword = e.getKeyword();
        if (insideOneOf(e)) {
            return null; // each alternative's failure would repeat what the oneOf line says
        }
        if ("oneOf".equals(keyword)) {
            JsonNode description = e.getSchemaNode() == null ? null : schemaDescription(e);
            return doc.locationOf(pointer) + ": at " + path + ": "
                    + (description != null ? description.asText() : e.getMessage());
        }
        if ("additionalProperties".equals(keyword) && e.getProperty() != null) {
            String key = e.getProperty();
            List<String> known = new ArrayList<>();
            JsonNode props = allowedKeys(e);
            if (props != null) {
                props.fieldNames().forEachRemaining(known::add);
            }
            return doc.locationOf(pointer + "/" + escape(key)) + ": at " + path + ": unknown key '" + key + "'"
                    + DidYouMean.hint(key, known) + (known.isEmpty() ? "" : "; expected one of "
                    + String.join(", ", known.stream().sorted().toList()));
        }
        String message = e.getMessage();
        String own = e.getInstanceLocation().toString();
        // networknt may start its messages with the instance path; the line carries it already
        if (!own.isEmpty() && message.startsWith(own + ": ")) {
            message = message.substring(own.length() + 2);
        }
        return doc.locationOf(pointer) + ": at " + path + ": " + message;
    }

    /** The {@code properties} beside an {@code additionalProperties: false}, i.e. the keys allowed there. */
    private JsonNode allowedKeys(Error e) {
        if (e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null) {
            return null;
        }
        String fragment = pointer(e.getSchemaLocation().getFragment());
        if (fragment.endsWith("/additionalProperties")) {
            fragment = fragment.substring(0, fragment.length() - "/additionalProperties".length());
        }
        JsonNode object = schema.getSchemaNode().at(fragment);
        return object.isMissingNode() ? null : object.get("properties");
    }

    /** Whether the error is one alternative's of a {@code oneOf}, rather than the {@code oneOf}'s own. */
    private static boolean insideOneOf(Error e) {
        NodePath path = e.getEvaluationPath();
        for (int i = 0; path != null && i < path.getNameCount() - 1; i++) {
            if ("oneOf".equals(String.valueOf(path.getElement(i)))) {
                return true;
            }
        }
        return false;
    }

    /** The description of the schema object holding the failed keyword (a {@code oneOf} says what it wants). */
    private JsonNode schemaDescription(Error e) {
        if (e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null) {
            return null;
        }
        String fragment = pointer(e.getSchemaLocation().getFragment()).replaceFirst("/oneOf$", "");
        return schema.getSchemaNode().at(fragment).get("description");
    }

    /** A node's place as a JSON path, e.g. {@code $.sections[0].blocks[2].chart}. */
    static String jsonPath(NodePath path) {
        StringBuilder p = new StringBuilder("$");
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer) {
                p.append('[').append(element).append(']');
            } else {
                p.append('.').append(element);
            }
        }
        return p.toString();
    }

    /** {@code $.sections[0].title} as the JSON pointer {@code /sections/0/title}. */
    static String pointer(NodePath path) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            p.append('/').append(element instanceof Integer ? element.toString() : escape(String.valueOf(element)));
        }
        return p.toString();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
