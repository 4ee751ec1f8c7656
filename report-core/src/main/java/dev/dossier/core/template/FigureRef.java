package dev.dossier.core.template;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to one figure from narrative text: {@code {{source/dataset[column=value,…].column}}}.
 *
 * <p>The filters select the first matching row; the trailing column names the value printed.
 * Example: {@code {{patents/families-by-country[entity=China].families}}}.
 *
 * @param binding the dataset and filters
 * @param column  the column whose value is printed
 * @param text    the reference as written, for messages
 */
public record FigureRef(DataBinding binding, String column, String text) {

    /** Matches a reference inside text; group 1 is its body. */
    public static final Pattern IN_TEXT = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    private static final Pattern BODY = Pattern.compile(
            "([a-z0-9-]+)/([a-z0-9_-]+)(?:\\[([^\\]]*)])?\\.([a-z0-9_-]+)");

    /**
     * Parses the body of a reference.
     *
     * @throws IllegalArgumentException saying what shape was expected
     */
    public static FigureRef parse(String body, SourceLocation at) {
        Matcher m = BODY.matcher(body.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'{{" + body + "}}' is not a figure reference; expected "
                    + "{{source/dataset[column=value].column}}");
        }
        Map<String, String> where = new LinkedHashMap<>();
        if (m.group(3) != null && !m.group(3).isBlank()) {
            for (String part : m.group(3).split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("'{{" + body + "}}': filter '" + part.trim()
                            + "' is not column=value");
                }
                where.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        DataBinding binding = new DataBinding(m.group(1), m.group(2), where, List.of(), null, at);
        return new FigureRef(binding, m.group(4), body);
    }

    /** Every reference in a piece of text, in order. */
    public static List<FigureRef> findAll(String text, SourceLocation at) {
        List<FigureRef> out = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            out.add(parse(m.group(1), at));
        }
        return out;
    }
}
