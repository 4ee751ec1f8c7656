package dev.dossier.core.chart;

import dev.dossier.api.Column;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns dataset rows into a {@link ChartTable}, in wide form (one series per value column) or
 * long form (a series column names each row's series).
 *
 * <p>Categories and series keep their first-seen order. Rows that repeat a category (and series)
 * are summed. Null values stay null and are counted; rows without a category are skipped and
 * counted. Non-finite numbers are treated as null.
 */
final class ChartTableBuilder {

    /** The table and what happened while building it, for the exhibit's notes. */
    record Result(ChartTable table, int missing, int notFound, int withoutCategory, int repeated) {
    }

    private ChartTableBuilder() {
    }

    /**
     * @throws IllegalArgumentException naming the column when {@code x}, {@code series} or a
     *                                  {@code y} column is not in the dataset, or a {@code y}
     *                                  column is not numeric
     */
    static Result build(ChartSpec spec, ChartData data, java.util.Locale locale) {
        DatasetDescriptor d = data.descriptor();
        Column x = column(d, spec.x(), "x");
        List<Column> ys = new ArrayList<>();
        for (String y : spec.y()) {
            Column c = column(d, y, "y");
            if (!c.type().isNumeric()) {
                throw new IllegalArgumentException("chart value column '" + y + "' of dataset '" + d.name()
                        + "' holds " + c.type().id() + " values; expected integer, decimal, percent or money");
            }
            ys.add(c);
        }
        if (spec.series() != null) {
            return buildLong(x, column(d, spec.series(), "series"), ys.get(0), data.rows(), locale);
        }
        return buildWide(x, ys, data.rows(), locale);
    }

    private static Result buildWide(Column x, List<Column> ys, List<Row> rows, java.util.Locale locale) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (Row r : rows) {
            String cat = r.text(x.name());
            if (cat != null && !cat.isBlank()) {
                categories.putIfAbsent(cat.strip(), categories.size());
            }
        }
        List<String> seriesNames = ys.stream().map(Column::label).collect(Collectors.toList());
        List<ValueFormat> formats = new ArrayList<>();
        for (Column y : ys) {
            formats.add(ValueFormat.of(y, rows, locale));
        }
        ChartTable table = new ChartTable(List.copyOf(categories.keySet()), seriesNames, formats);
        Counter counter = new Counter();
        boolean[][] seen = new boolean[ys.size()][categories.size()];
        for (Row r : rows) {
            String cat = r.text(x.name());
            if (cat == null || cat.isBlank()) {
                counter.withoutCategory++;
                continue;
            }
            int c = categories.get(cat.strip());
            for (int s = 0; s < ys.size(); s++) {
                counter.put(table, seen, s, c, r, ys.get(s));
            }
        }
        return counter.result(table);
    }

    private static Result buildLong(Column x, Column series, Column y, List<Row> rows, java.util.Locale locale) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        Counter counter = new Counter();
        for (Row r : rows) {
            String cat = r.text(x.name());
            String name = r.text(series.name());
            if (cat == null || cat.isBlank() || name == null || name.isBlank()) {
                continue;
            }
            categories.putIfAbsent(cat.strip(), categories.size());
            names.putIfAbsent(name.strip(), names.size());
        }
        List<ValueFormat> formats = new ArrayList<>();
        ValueFormat format = ValueFormat.of(y, rows, locale);
        names.keySet().forEach(n -> formats.add(format));
        ChartTable table = new ChartTable(List.copyOf(categories.keySet()), List.copyOf(names.keySet()), formats);
        boolean[][] seen = new boolean[names.size()][categories.size()];
        for (Row r : rows) {
            String cat = r.text(x.name());
            String name = r.text(series.name());
            if (cat == null || cat.isBlank() || name == null || name.isBlank()) {
                counter.withoutCategory++;
                continue;
            }
            counter.put(table, seen, names.get(name.strip()), categories.get(cat.strip()), r, y);
        }
        return counter.result(table);
    }

    private static Column column(DatasetDescriptor d, String name, String role) {
        return d.column(name).orElseThrow(() -> new IllegalArgumentException("chart " + role + " column '" + name
                + "' is not in dataset '" + d.name() + "' (columns: "
                + d.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ")"));
    }

    /** Counts what the notes report while cells are filled. */
    private static final class Counter {
        int missing;
        int notFound;
        int withoutCategory;
        int repeated;

        void put(ChartTable table, boolean[][] seen, int s, int c, Row r, Column y) {
            int index = r.descriptor().indexOf(y.name());
            Number n = r.number(y.name());
            if (seen[s][c]) {
                repeated++;
            }
            seen[s][c] = true;
            if (n == null || !Double.isFinite(n.doubleValue())) {
                missing++;
                if (r.provenance().confidence() == Confidence.NOT_FOUND) {
                    notFound++;
                }
                return;
            }
            table.add(s, c, n.doubleValue(), r.qualifier(index), r.isEstimated(index));
        }

        Result result(ChartTable table) {
            return new Result(table, missing, notFound, withoutCategory, repeated);
        }
    }
}
