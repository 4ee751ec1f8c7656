package dev.dossier.core.layout;

import dev.dossier.api.Confidence;
import dev.dossier.core.resolve.Citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The confidence part of a sources-appendix entry: each confidence the source was cited with and
 * where, so a source quoted for published figures in one table and estimates in another says so
 * ("published (Exhibit 2, Table 3); estimate (Table 6)").
 */
final class ConfidenceLine {

    private ConfidenceLine() {
    }

    static String of(Citations.Entry e) {
        List<String> parts = new ArrayList<>();
        for (Confidence c : e.confidences()) {
            Set<String> where = e.byConfidence().getOrDefault(c, Set.of());
            String label = c == Confidence.BLOG_POST ? c.label() + " (not independently confirmed)" : c.label();
            parts.add(where.isEmpty() ? label : label + ", in " + String.join(", ", where));
        }
        return String.join("; ", parts);
    }
}
