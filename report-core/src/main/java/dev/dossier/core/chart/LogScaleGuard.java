package dev.dossier.core.chart;

import java.util.List;

/**
 * Prepares a table for a logarithmic value axis, which cannot show zero or negative values.
 *
 * <p>Such values are removed (drawn as gaps) and counted in a note. When no positive value is
 * left, the table is untouched and the chart falls back to a linear axis, also with a note, so a
 * log request never produces an empty plot.
 */
final class LogScaleGuard {

    private LogScaleGuard() {
    }

    /** Returns whether a log axis can be used; adjusts {@code t} and {@code notes} as described above. */
    static boolean apply(ChartTable t, List<String> notes) {
        int positive = 0;
        int other = 0;
        for (int s = 0; s < t.seriesCount(); s++) {
            for (int c = 0; c < t.categoryCount(); c++) {
                Double v = t.value(s, c);
                if (v != null) {
                    if (v > 0) {
                        positive++;
                    } else {
                        other++;
                    }
                }
            }
        }
        if (positive == 0) {
            notes.add("Log scale needs positive values; drawn on a linear scale");
            return false;
        }
        if (other > 0) {
            for (int s = 0; s < t.seriesCount(); s++) {
                for (int c = 0; c < t.categoryCount(); c++) {
                    Double v = t.value(s, c);
                    if (v != null && v <= 0) {
                        t.set(s, c, null, null, false);
                    }
                }
            }
            notes.add(other + (other == 1 ? " zero or negative value" : " zero or negative values")
                    + " left out (log scale)");
        }
        return true;
    }
}
