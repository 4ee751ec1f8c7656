package dev.dossier.core.chart;

import com.lowagie.text.pdf.BaseFont;
import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Chart labels with every character the chart's font cannot draw replaced by a visible
 * placeholder — U+FFFD (�) when the font has it, else "?" — so a label never loses a letter
 * silently. The layout reports the characters with the row and column they came from.
 *
 * <p>Only the text columns a chart prints (category and series) are touched; values stay as
 * they are. A pure function; thread-safe.
 */
final class LabelGlyphs {

    private LabelGlyphs() {
    }

    /** The data with its label columns drawable in {@code font}; the same data when they already are. */
    static ChartData drawable(ChartData data, ChartSpec spec, BaseFont font) {
        List<Integer> labels = new ArrayList<>();
        for (String name : new String[] {spec.x(), spec.series()}) {
            int i = name == null ? -1 : data.descriptor().indexOf(name);
            if (i >= 0 && data.descriptor().columns().get(i).type() == ColumnType.STRING) {
                labels.add(i);
            }
        }
        List<Row> rows = new ArrayList<>(data.rows().size());
        boolean changed = false;
        for (Row row : data.rows()) {
            Row out = row;
            for (int i : labels) {
                if (row.get(i) instanceof String s && !s.equals(replaced(s, font))) {
                    out = with(out, i, replaced(s, font));
                }
            }
            changed |= out != row;
            rows.add(out);
        }
        return changed ? new ChartData(data.descriptor(), rows) : data;
    }

    static String replaced(String text, BaseFont font) {
        if (text.codePoints().allMatch(cp -> !needsGlyph(cp) || font.charExists(cp))) {
            return text;
        }
        int placeholder = font.charExists(0xFFFD) ? 0xFFFD : '?';
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(!needsGlyph(cp) || font.charExists(cp) ? cp : placeholder));
        return out.toString();
    }

    /** Same rule as the layout's: whitespace, controls, format characters and variation selectors need no glyph. */
    private static boolean needsGlyph(int cp) {
        return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                && !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static Row with(Row row, int index, String value) {
        List<Column> columns = row.descriptor().columns();
        Row.Builder b = Row.builder(row.descriptor()).provenance(row.provenance()).note(row.note());
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            Object v = i == index ? value : row.get(i);
            if (v != null) {
                b.set(name, v);
            }
            b.qualify(name, row.qualifier(i));
            if (row.isMarkedEstimated(i)) {
                b.estimated(name);
            }
        }
        return b.build();
    }
}
