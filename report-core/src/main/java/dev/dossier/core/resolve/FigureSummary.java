package dev.dossier.core.resolve;

import dev.dossier.api.Row;
import dev.dossier.core.chart.ChartSpec;
import dev.dossier.core.format.ValueFormatter;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The alternate text of a chart for readers who cannot see it: the exhibit's title, then one
 * sentence on its data, the largest and smallest values of the first value column with their
 * categories ("Exhibit 3: GenAI patent families. Largest: China, 38,210; smallest: Japan, 3,951.").
 */
final class FigureSummary {

    private FigureSummary() {
    }

    static String of(String label, ChartSpec spec, List<Row> rows, ValueFormatter format) {
        StringBuilder alt = new StringBuilder(label);
        if (spec.title() != null && !spec.title().isBlank()) {
            alt.append(": ").append(spec.title().strip());
        }
        alt.append(alt.toString().endsWith(".") ? "" : ".");
        String y = spec.y().isEmpty() ? null : spec.y().get(0);
        List<Row> valued = y == null ? List.of() : rows.stream().filter(r -> r.number(y) != null).toList();
        if (valued.isEmpty()) {
            return alt.append(" No values to plot.").toString();
        }
        Comparator<Row> byValue = Comparator.comparingDouble(r -> r.number(y).doubleValue());
        Row max = valued.stream().max(byValue).orElseThrow();
        Row min = valued.stream().min(byValue).orElseThrow();
        alt.append(' ').append(valued.size()).append(valued.size() == 1 ? " value" : " values")
                .append(" of ").append(columnLabel(max, y)).append("; largest: ").append(point(max, spec, y, format));
        if (min != max) {
            alt.append("; smallest: ").append(point(min, spec, y, format));
        }
        return alt.append('.').toString();
    }

    private static String columnLabel(Row row, String y) {
        return row.descriptor().column(y).map(c -> c.label()).orElse(y);
    }

    private static String point(Row row, ChartSpec spec, String y, ValueFormatter format) {
        String category = Objects.toString(row.text(spec.x()), "");
        if (spec.series() != null && row.text(spec.series()) != null) {
            category = category + " (" + row.text(spec.series()) + ")";
        }
        return category + ", " + format.cell(row, y);
    }
}
