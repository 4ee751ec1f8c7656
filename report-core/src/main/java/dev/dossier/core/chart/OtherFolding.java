package dev.dossier.core.chart;

import dev.dossier.api.Qualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Folds surplus categories into one "Other" category so a chart keeps a readable number of bars
 * or slices.
 *
 * <p>The categories with the largest magnitude (summed over series) are kept in their original
 * order; the rest are summed per series into "Other", placed last. A category already named
 * "Other" is always folded into it. Folding a single category would hide nothing, so fewer than
 * two surplus categories leave the table unchanged. A folded sum is qualified "~" when the
 * folded values carried qualifiers, and is an estimate when any of them was. When the fold would
 * be more than {@value #DWARFS} times the largest bar kept (one series only), it is not drawn and
 * its total is given in the note instead.
 */
final class OtherFolding {

    static final String OTHER = "Other";
    /** "Other" is left out of a bar chart when it exceeds the largest bar shown by this factor. */
    static final double DWARFS = 1.5;

    private OtherFolding() {
    }

    /** Keeps the {@code n} largest categories; adds "Other = k smaller categories" to {@code notes} when it folds. */
    static ChartTable topN(ChartTable t, int n, List<String> notes) {
        List<Integer> ranked = IntStream.range(0, t.categoryCount()).boxed()
                .filter(c -> !OTHER.equalsIgnoreCase(t.categories().get(c)))
                .sorted(Comparator.comparingDouble((Integer c) -> -t.weight(c)))
                .collect(Collectors.toList());
        List<Integer> keep = ranked.subList(0, Math.min(n, ranked.size()));
        return fold(t, keep, notes);
    }

    /**
     * Keeps at most {@code n} categories whose first-series value is at least {@code minShare}
     * of the first series' total; for pies.
     */
    static ChartTable smallShares(ChartTable t, int n, double minShare, List<String> notes) {
        double total = 0;
        for (int c = 0; c < t.categoryCount(); c++) {
            total += t.value(0, c) == null ? 0 : t.value(0, c);
        }
        double floor = total * minShare;
        List<Integer> ranked = IntStream.range(0, t.categoryCount()).boxed()
                .filter(c -> !OTHER.equalsIgnoreCase(t.categories().get(c)))
                .filter(c -> t.value(0, c) != null && t.value(0, c) >= floor)
                .sorted(Comparator.comparingDouble((Integer c) -> -t.value(0, c)))
                .collect(Collectors.toList());
        return fold(t, ranked.subList(0, Math.min(n, ranked.size())), notes);
    }

    private static ChartTable fold(ChartTable t, List<Integer> chosen, List<String> notes) {
        List<Integer> keep = new ArrayList<>(chosen);
        keep.sort(Comparator.naturalOrder());
        List<Integer> folded = IntStream.range(0, t.categoryCount()).boxed()
                .filter(c -> !keep.contains(c)).collect(Collectors.toList());
        long foldedNamed = folded.stream().filter(c -> !OTHER.equalsIgnoreCase(t.categories().get(c))).count();
        if (foldedNamed < 2) {
            return t;
        }
        ChartTable out = t.select(keep).withCategory(OTHER);
        int other = out.categoryCount() - 1;
        for (int s = 0; s < t.seriesCount(); s++) {
            for (int c : folded) {
                Double v = t.value(s, c);
                if (v != null) {
                    Qualifier q = t.qualifier(s, c) == Qualifier.EXACT ? Qualifier.EXACT : Qualifier.APPROXIMATE;
                    out.add(s, other, v, q, t.estimated(s, c));
                }
            }
        }
        double largest = 0;
        for (int c = 0; c < other; c++) {
            largest = Math.max(largest, out.weight(c));
        }
        if (out.seriesCount() == 1 && out.value(0, other) != null && out.weight(other) > DWARFS * largest) {
            // one bar for the long tail would flatten every bar worth reading: give its total in words instead
            notes.add(OTHER + " (" + foldedNamed + " smaller categories, together "
                    + out.format(0).format(out.value(0, other), out.qualifier(0, other))
                    + ") is not drawn, so as not to flatten the bars shown");
            return out.select(IntStream.range(0, other).boxed().collect(Collectors.toList()));
        }
        notes.add(OTHER + " = " + foldedNamed + " smaller categories");
        return out;
    }
}
