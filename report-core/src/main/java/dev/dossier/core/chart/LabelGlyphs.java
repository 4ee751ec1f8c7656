package dev.dossier.core.chart;

import com.lowagie.text.pdf.BaseFont;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Row;
import dev.dossier.core.text.Glyphs;
import dev.dossier.core.text.RowText;

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
            Row out = RowText.map(row, labels::contains, s -> replaced(s, font));
            changed |= out != row;
            rows.add(out);
        }
        return changed ? new ChartData(data.descriptor(), rows, data.whenEmpty()) : data;
    }

    static String replaced(String text, BaseFont font) {
        if (text.codePoints().allMatch(cp -> !Glyphs.needsGlyph(cp) || font.charExists(cp))) {
            return text;
        }
        int placeholder = font.charExists(Glyphs.PLACEHOLDER) ? Glyphs.PLACEHOLDER : '?';
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(!Glyphs.needsGlyph(cp) || font.charExists(cp) ? cp : placeholder));
        return out.toString();
    }
}
