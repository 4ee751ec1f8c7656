package dev.dossier.core.chart;

import dev.dossier.api.Qualifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of one chart: series × categories, with each cell's qualifier and estimate mark and
 * a value format per series. A missing value is {@code null} and is drawn as a gap.
 *
 * <p>Mutable while being built and adjusted (folding, log-scale exclusions); then read by the
 * chart builders. Not thread-safe.
 */
final class ChartTable {

    private final List<String> categories;
    private final List<String> series;
    private final List<ValueFormat> formats;
    private final Double[][] values;
    private final Qualifier[][] qualifiers;
    private final boolean[][] estimated;

    ChartTable(List<String> categories, List<String> series, List<ValueFormat> formats) {
        this.categories = new ArrayList<>(categories);
        this.series = List.copyOf(series);
        this.formats = List.copyOf(formats);
        this.values = new Double[series.size()][categories.size()];
        this.qualifiers = new Qualifier[series.size()][categories.size()];
        this.estimated = new boolean[series.size()][categories.size()];
    }

    List<String> categories() {
        return List.copyOf(categories);
    }

    List<String> series() {
        return series;
    }

    int categoryCount() {
        return categories.size();
    }

    int seriesCount() {
        return series.size();
    }

    ValueFormat format(int s) {
        return formats.get(s);
    }

    Double value(int s, int c) {
        return values[s][c];
    }

    Qualifier qualifier(int s, int c) {
        Qualifier q = qualifiers[s][c];
        return q == null ? Qualifier.EXACT : q;
    }

    boolean estimated(int s, int c) {
        return estimated[s][c];
    }

    void set(int s, int c, Double value, Qualifier qualifier, boolean estimate) {
        values[s][c] = value;
        qualifiers[s][c] = qualifier;
        estimated[s][c] = estimate;
    }

    /** Adds {@code value} to the cell (a null cell becomes {@code value}); keeps the first qualifier unless they differ. */
    void add(int s, int c, double value, Qualifier qualifier, boolean estimate) {
        Double old = values[s][c];
        if (old == null) {
            set(s, c, value, qualifier, estimate);
            return;
        }
        values[s][c] = old + value;
        if (qualifier != qualifier(s, c)) {
            qualifiers[s][c] = Qualifier.APPROXIMATE;
        }
        estimated[s][c] |= estimate;
    }

    /** The sum of the magnitudes of a category's non-null values, used to rank categories. */
    double weight(int c) {
        double sum = 0;
        for (int s = 0; s < series.size(); s++) {
            if (values[s][c] != null) {
                sum += Math.abs(values[s][c]);
            }
        }
        return sum;
    }

    /** The number of non-null cells. */
    int presentCount() {
        int n = 0;
        for (Double[] row : values) {
            for (Double v : row) {
                n += v == null ? 0 : 1;
            }
        }
        return n;
    }

    /** Whether any cell holds a value. */
    boolean hasValues() {
        return presentCount() > 0;
    }

    /** A copy holding only the given category positions, in that order. */
    ChartTable select(List<Integer> keep) {
        List<String> names = new ArrayList<>();
        keep.forEach(c -> names.add(categories.get(c)));
        ChartTable out = new ChartTable(names, series, formats);
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < keep.size(); i++) {
                int c = keep.get(i);
                out.set(s, i, values[s][c], qualifiers[s][c], estimated[s][c]);
            }
        }
        return out;
    }

    /** A copy holding only series {@code s}. */
    ChartTable onlySeries(int s) {
        ChartTable out = new ChartTable(categories, List.of(series.get(s)), List.of(formats.get(s)));
        for (int c = 0; c < categories.size(); c++) {
            out.set(0, c, values[s][c], qualifiers[s][c], estimated[s][c]);
        }
        return out;
    }

    /** A copy with one more category at the end, initially all gaps. */
    ChartTable withCategory(String name) {
        List<String> names = new ArrayList<>(categories);
        names.add(name);
        ChartTable out = new ChartTable(names, series, formats);
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                out.set(s, c, values[s][c], qualifiers[s][c], estimated[s][c]);
            }
        }
        return out;
    }
}
