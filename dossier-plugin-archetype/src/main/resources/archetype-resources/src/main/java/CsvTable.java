package ${package};

import dev.dossier.api.SourceException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV file read from the plugin's jar: a header line, then one record per line.
 *
 * <p>Fields follow RFC 4180 quoting ({@code "a, b"}, {@code ""} for a quote) without line
 * breaks inside fields. Reading it needs no library, so the plugin jar stays self-contained.
 */
final class CsvTable {

    private final String name;
    private final List<String> header;
    private final List<Line> lines;

    private CsvTable(String name, List<String> header, List<Line> lines) {
        this.name = name;
        this.header = header;
        this.lines = lines;
    }

    /** One record with its line number in the file. */
    final class Line {
        private final int number;
        private final List<String> fields;

        private Line(int number, List<String> fields) {
            this.number = number;
            this.fields = fields;
        }

        int number() {
            return number;
        }

        /** The field under the named header column; empty when blank. */
        String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no column '" + column + "' in the header " + header);
            }
            return fields.get(i);
        }
    }

    /**
     * Reads a CSV resource that sits next to {@code owner} in the jar.
     *
     * @throws SourceException when the resource is missing or a line has the wrong number of fields
     */
    static CsvTable read(Class<?> owner, String resource) throws SourceException {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new SourceException("the plugin jar is incomplete: " + resource + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            if (first == null) {
                throw new SourceException(resource + ": the file is empty; expected a header line");
            }
            List<String> header = fields(first);
            CsvTable table = new CsvTable(resource, header, new ArrayList<>());
            String text;
            int number = 1;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> f = fields(text);
                if (f.size() != header.size()) {
                    throw new SourceException(resource + ":" + number + ": expected " + header.size()
                            + " fields, found " + f.size());
                }
                table.lines.add(table.new Line(number, f));
            }
            return table;
        } catch (IOException e) {
            throw new SourceException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    List<Line> lines() {
        return lines;
    }

    private static List<String> fields(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
