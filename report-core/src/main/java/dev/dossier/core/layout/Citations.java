package dev.dossier.core.layout;

import dev.dossier.api.Provenance;

import java.util.ArrayList;
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

    /** One numbered source and where it is used. */
    public record Entry(int number, Provenance provenance, Set<String> usedIn) {
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    /**
     * The number of a source, assigning the next one on first use.
     *
     * @param usedIn the exhibit or table citing it ("Exhibit 3"); empty for text
     */
    public int cite(Provenance p, String usedIn) {
        Entry e = byKey.computeIfAbsent(p.citationKey(),
                k -> new Entry(byKey.size() + 1, p, new LinkedHashSet<>()));
        if (usedIn != null && !usedIn.isEmpty()) {
            e.usedIn().add(usedIn);
        }
        return e.number();
    }

    /** Every source cited so far, by number. */
    public List<Entry> entries() {
        return new ArrayList<>(byKey.values());
    }
}
