package dev.dossier.core.chart;

import java.util.List;

/** Words the exhibit notes use for what the data adapter found: gaps, missing categories, repeated rows. */
final class ChartNotes {

    private ChartNotes() {
    }

    /**
     * Adds notes for {@code r}; {@code gaps} says whether missing values show as gaps (else "left out"),
     * {@code marked} whether each gap carries a mark.
     */
    static void describe(ChartTableBuilder.Result r, boolean gaps, boolean marked, List<String> notes) {
        if (r.missing() > 0) {
            String what = r.missing() == 1 ? "1 value has no figure" : r.missing() + " values have no figure";
            String why = r.notFound() == 0 ? ""
                    : r.notFound() == r.missing() ? " (not found in the sources)"
                    : " (" + r.notFound() + " not found in the sources, the others not given as a single figure)";
            boolean one = r.missing() == 1;
            String fate = marked ? (one ? " and is marked " : " and are marked ") + GapMarks.MARK
                    : gaps ? (one ? " and is left as a gap" : " and are left as gaps")
                    : (one ? " and is left out" : " and are left out");
            notes.add(what + why + fate);
        }
        if (r.withoutCategory() > 0) {
            notes.add(r.withoutCategory() + (r.withoutCategory() == 1 ? " row" : " rows") + " without a category left out");
        }
        if (r.repeated() > 0) {
            notes.add(r.repeated() + (r.repeated() == 1 ? " repeated row" : " repeated rows") + " added together");
        }
    }
}
