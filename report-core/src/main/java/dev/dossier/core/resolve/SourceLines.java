package dev.dossier.core.resolve;

import dev.dossier.api.Confidence;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.core.format.ConfidenceMarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The "Source: …" and confidence notes printed under exhibits and tables, with their citation numbers. */
final class SourceLines {

    private SourceLines() {
    }

    /** "Source: Title, publisher [n]." for each distinct source, citing each as used by {@code usedIn}. */
    static String sources(Citations citations, Collection<Provenance> provenance, String usedIn) {
        return sources(citations, provenance, usedIn, Map.of());
    }

    /**
     * As {@link #sources(Citations, Collection, String)}, citing each source with every confidence
     * its figures here carry ({@code confidences} by {@link Citations#sourceKey}; a source not in it is cited
     * with its own). Provenances of one source (one URL) are printed once, under their shared title.
     */
    static String sources(Citations citations, Collection<Provenance> provenance, String usedIn,
                          Map<String, ? extends Collection<Confidence>> confidences) {
        Map<String, Provenance> distinct = new LinkedHashMap<>();
        provenance.forEach(p -> distinct.merge(Citations.sourceKey(p), p, (a, b) -> {
            String title = Citations.sharedTitle(a.title(), b.title());
            return title.equals(a.title()) ? a : new Provenance(title, a.publisher(), a.url(), a.asOf(), a.confidence());
        }));
        StringJoiner text = new StringJoiner("; ", distinct.size() > 1 ? "Sources: " : "Source: ", ".");
        for (Provenance p : distinct.values()) {
            Collection<Confidence> cs = confidences.get(Citations.sourceKey(p));
            int n = 0;
            if (cs == null || cs.isEmpty()) {
                n = citations.cite(p, usedIn);
            } else {
                for (Confidence c : cs) {
                    n = citations.cite(p, usedIn, c);
                }
            }
            boolean named = p.publisher().isEmpty() || p.title().contains(p.publisher());
            text.add(p.title() + (named ? "" : ", " + p.publisher()) + " [" + n + "]");
        }
        return text.toString();
    }

    /** As {@link #chartConfidence(List, String, List, String, java.util.function.Function)} for a chart of one series. */
    static String chartConfidence(List<Row> rows, String x, List<String> y) {
        return chartConfidence(rows, x, y, null, c -> c);
    }

    /**
     * Says which plotted figures are estimates or blog-post claims, naming the categories; in a
     * grouped chart (several value columns, or a {@code series} column) naming each series with its
     * categories — "Estimates — 2030 series: AI market projection (CICC)." — or the series alone
     * ("all of the China series") when every value of it is one.
     *
     * @param series  the column that splits rows into series, or null
     * @param heading the printed name of a value column (its label)
     */
    static String chartConfidence(List<Row> rows, String x, List<String> y, String series,
                                  java.util.function.Function<String, String> heading) {
        boolean grouped = y.size() > 1 || series != null;
        Map<String, List<String>> estimates = new LinkedHashMap<>();
        Map<String, List<String>> blog = new LinkedHashMap<>();
        Map<String, Integer> plotted = new LinkedHashMap<>();
        for (Row r : rows) {
            for (String col : y) {
                int i = r.descriptor().indexOf(col);
                if (r.get(i) == null) {
                    continue;
                }
                String group = !grouped ? "" : series != null ? r.text(series) : heading.apply(col);
                plotted.merge(group, 1, Integer::sum);
                String mark = ConfidenceMarks.mark(r, i);
                String name = r.text(x);
                Map<String, List<String>> into = mark.equals(ConfidenceMarks.ESTIMATE) ? estimates
                        : mark.equals(ConfidenceMarks.BLOG_POST) ? blog : null;
                if (into != null) {
                    List<String> names = into.computeIfAbsent(group, g -> new ArrayList<>());
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!estimates.isEmpty()) {
            sb.append(grouped ? "Estimates \u2014 " : "Estimates: ").append(named(estimates, plotted)).append('.');
        }
        if (!blog.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append("From a blog post, not independently confirmed")
                    .append(grouped ? " \u2014 " : ": ")
                    .append(named(blog, plotted)).append('.');
        }
        return sb.toString();
    }

    private static String named(Map<String, List<String>> byGroup, Map<String, Integer> plotted) {
        StringJoiner out = new StringJoiner("; ");
        byGroup.forEach((group, names) -> {
            if (group.isEmpty()) {
                out.add(String.join(", ", names));
            } else if (names.size() == plotted.getOrDefault(group, 0) && names.size() > 1) {
                out.add("all of the " + group + " series");
            } else {
                out.add(group + " series: " + String.join(", ", names));
            }
        });
        return out.toString();
    }
}
