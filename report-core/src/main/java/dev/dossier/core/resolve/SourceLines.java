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
     * its figures here carry ({@code confidences} by citation key; a source not in it is cited with its own).
     */
    static String sources(Citations citations, Collection<Provenance> provenance, String usedIn,
                          Map<String, ? extends Collection<Confidence>> confidences) {
        Map<String, Provenance> distinct = new LinkedHashMap<>();
        provenance.forEach(p -> distinct.putIfAbsent(p.citationKey(), p));
        StringJoiner text = new StringJoiner("; ", distinct.size() > 1 ? "Sources: " : "Source: ", ".");
        for (Provenance p : distinct.values()) {
            Collection<Confidence> cs = confidences.get(p.citationKey());
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

    /** Says which plotted figures are estimates or blog-post claims, naming the categories. */
    static String chartConfidence(List<Row> rows, String x, List<String> y) {
        List<String> estimates = new ArrayList<>();
        List<String> blog = new ArrayList<>();
        for (Row r : rows) {
            for (String col : y) {
                String mark = ConfidenceMarks.mark(r, r.descriptor().indexOf(col));
                String name = r.text(x);
                if (mark.equals(ConfidenceMarks.ESTIMATE) && !estimates.contains(name)) {
                    estimates.add(name);
                } else if (mark.equals(ConfidenceMarks.BLOG_POST) && !blog.contains(name)) {
                    blog.add(name);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!estimates.isEmpty()) {
            sb.append("Estimates: ").append(String.join(", ", estimates)).append('.');
        }
        if (!blog.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append("From a blog post, not independently confirmed: ")
                    .append(String.join(", ", blog)).append('.');
        }
        return sb.toString();
    }
}
