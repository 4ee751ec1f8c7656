package dev.dossier.core.resolve;

import dev.dossier.api.Confidence;
import dev.dossier.api.Provenance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers every distinct source in first-use order and remembers which exhibits cite it,
 * for the "[n]" markers and the sources appendix.
 */
public final class Citations {

    /**
     * One numbered source, where it is used and how firmly it backs the figures cited from it
     * (one source may state some figures and only estimate others).
     *
     * @param byConfidence for each confidence the source was cited with, where ("Table 6", "Section 1 text")
     */
    public record Entry(int number, Provenance provenance, Set<String> usedIn, Set<Confidence> confidences,
                        Map<Confidence, Set<String>> byConfidence) {
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    /**
     * The number of a source, assigning the next one on first use.
     *
     * @param usedIn the exhibit or table citing it ("Exhibit 3"); empty for text
     */
    public int cite(Provenance p, String usedIn) {
        return cite(p, usedIn, p.confidence());
    }

    /**
     * The number of a source, assigning the next one on first use, for figures it backs with
     * {@code confidence} (an estimate in an otherwise published source is cited as an estimate).
     */
    public int cite(Provenance p, String usedIn, Confidence confidence) {
        Entry e = byKey.computeIfAbsent(p.citationKey(), k -> new Entry(byKey.size() + 1, p, new LinkedHashSet<>(),
                EnumSet.noneOf(Confidence.class), new java.util.EnumMap<>(Confidence.class)));
        e.confidences().add(confidence);
        Set<String> where = e.byConfidence().computeIfAbsent(confidence, c -> new LinkedHashSet<>());
        if (usedIn != null && !usedIn.isEmpty()) {
            e.usedIn().add(usedIn);
            where.add(usedIn);
        }
        return e.number();
    }

    /** Every source cited so far, by number, as it stands now (later citations do not change it). */
    public List<Entry> snapshot() {
        return byKey.values().stream().map(e -> {
            Map<Confidence, Set<String>> by = new java.util.EnumMap<>(Confidence.class);
            e.byConfidence().forEach((c, where) -> by.put(c, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(where))));
            return new Entry(e.number(), e.provenance(),
                    java.util.Collections.unmodifiableSet(new LinkedHashSet<>(e.usedIn())),
                    java.util.Collections.unmodifiableSet(EnumSet.copyOf(e.confidences())),
                    java.util.Collections.unmodifiableMap(by));
        }).toList();
    }

    /** Every source cited so far, by number. */
    public List<Entry> entries() {
        return new ArrayList<>(byKey.values());
    }
}
