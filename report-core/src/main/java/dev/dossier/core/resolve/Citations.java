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
     */
    public record Entry(int number, Provenance provenance, Set<String> usedIn, Set<Confidence> confidences) {
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    /**
     * The number of a source, assigning the next one on first use.
     *
     * @param usedIn the exhibit or table citing it ("Exhibit 3"); empty for text
     */
    public int cite(Provenance p, String usedIn) {
        Entry e = byKey.computeIfAbsent(p.citationKey(),
                k -> new Entry(byKey.size() + 1, p, new LinkedHashSet<>(), EnumSet.noneOf(Confidence.class)));
        e.confidences().add(p.confidence());
        if (usedIn != null && !usedIn.isEmpty()) {
            e.usedIn().add(usedIn);
        }
        return e.number();
    }

    /** Every source cited so far, by number, as it stands now (later citations do not change it). */
    public List<Entry> snapshot() {
        return byKey.values().stream().map(e -> new Entry(e.number(), e.provenance(),
                java.util.Collections.unmodifiableSet(new LinkedHashSet<>(e.usedIn())),
                java.util.Collections.unmodifiableSet(EnumSet.copyOf(e.confidences())))).toList();
    }

    /** Every source cited so far, by number. */
    public List<Entry> entries() {
        return new ArrayList<>(byKey.values());
    }
}
