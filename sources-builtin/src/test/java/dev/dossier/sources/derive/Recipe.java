package dev.dossier.sources.derive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one curated dataset is built from the data brief: one YAML file under
 * {@code sources-builtin/recipes/<source>/<dataset>.yaml} (format in {@code recipes/README.md}).
 *
 * <p>{@code dataset} is {@code <source>/<name>} and names the output file
 * {@code <source>/<name>.csv}; {@code brief} is the default brief file (e.g. {@code companies.csv})
 * that {@code rows[].where} reads; {@code columns} lists the output columns in order with the rule
 * that fills each; {@code rows} says which brief rows (or literal rows) make the dataset, in order;
 * {@code overlay} corrects single cells by hand, each with a {@code reason} citing the brief.
 * Instances are plain values; {@link #load} validates nothing beyond the YAML shape —
 * {@link Derivation} reports every semantic error with the recipe's file name.
 *
 * @param dataset {@code <source>/<name>}, never null once validated
 * @param brief   default brief file name inside the brief directory
 * @param columns output column name → rule, in output order
 * @param rows    row sources in output order
 * @param overlay hand corrections applied after the rows are built (may be null: none)
 */
public record Recipe(String dataset, String brief, LinkedHashMap<String, Column> columns, List<RowSource> rows,
                     List<Overlay> overlay) {

    /**
     * The rule for one output column: exactly one of {@code from} (a brief column, optionally
     * transformed by {@code as}), {@code value} (a constant) or {@code index: true} (the 1-based
     * position of the row in the output).
     *
     * @param from  brief column name
     * @param as    transform name: {@code urls}, {@code publisher}, {@code iso-date} or {@code zh}
     *              (see {@link Transforms})
     * @param value constant text
     * @param index true for the row's 1-based position
     */
    public record Column(String from, String as, String value, Boolean index) {
    }

    /**
     * One entry of {@code rows}: either {@code where} (every row of the brief file whose named
     * columns equal the given texts, in brief order; at least one must match) or {@code literal}
     * (one output row given cell by cell, with a {@code reason} citing the brief).
     *
     * @param where   brief column → exact text
     * @param brief   brief file for this entry, overriding the recipe's default
     * @param literal output column → text; columns left out are empty
     * @param reason  why the literal row is written by hand and where in the brief it comes from
     */
    public record RowSource(Map<String, String> where, String brief, Map<String, String> literal, String reason) {
    }

    /**
     * A hand correction: in every row whose derived cells (before any overlay) equal {@code match},
     * set the cells in {@code set}. It must match at least one row, so an overlay cannot silently go stale.
     *
     * @param match  output column → exact derived text
     * @param set    output column → new text
     * @param reason where in the brief (BRIEF.md line / section, or a brief CSV cell) the new value comes from
     */
    public record Overlay(Map<String, String> match, @JsonProperty("set") Map<String, String> set, String reason) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads a recipe file.
     *
     * @throws DerivationException naming the file and the YAML location when the file is not a recipe
     */
    public static Recipe load(Path file) {
        try {
            return YAML.readValue(file.toFile(), Recipe.class);
        } catch (JsonMappingException e) {
            throw new DerivationException(file + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        } catch (IOException e) {
            throw new DerivationException(file + ": cannot read recipe: " + e.getMessage(), e);
        }
    }

    /** Reads the glossary file {@code glossary-zh.yaml}: {@code names:} English name → Chinese name. */
    public static Map<String, String> loadGlossary(Path file) {
        try {
            Map<?, ?> root = YAML.readValue(file.toFile(), Map.class);
            Object names = root.get("names");
            if (!(names instanceof Map<?, ?> m)) {
                throw new DerivationException(file + ": expected a 'names:' map", null);
            }
            Map<String, String> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
            return out;
        } catch (IOException e) {
            throw new DerivationException(file + ": cannot read glossary: " + e.getMessage(), e);
        }
    }
}
