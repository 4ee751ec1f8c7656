package dev.dossier.sources.derive;

import java.util.List;

/**
 * Writes rows the way the shipped datasets are written: comma-separated, {@code \n} line ends,
 * a cell quoted only when it holds a comma, a double quote or a line break (quotes doubled),
 * and a final line end.
 */
final class CsvText {
    private CsvText() {
    }

    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append('\n');
    }
}
