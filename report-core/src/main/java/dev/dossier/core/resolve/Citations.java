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
 *
 * <p>A source is identified by its URL (see {@link #sourceKey}): datasets sometimes append a note
 * about one figure to the title of a row ("…, as summarised by CourseOn; revised to about 7.26 in
 * …"), and such rows still cite the same page. The entry keeps the shortest title seen that the
 * others extend at a {@code "; "} boundary (the source's own title); titles that do not extend
 * each other keep the first seen.
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
        String key = sourceKey(p);
        Entry e = byKey.computeIfAbsent(key, k -> new Entry(byKey.size() + 1, p, new LinkedHashSet<>(),
                EnumSet.noneOf(Confidence.class), new java.util.EnumMap<>(Confidence.class)));
        String title = sharedTitle(e.provenance().title(), p.title());
        if (!title.equals(e.provenance().title())) {
            Provenance q = e.provenance();
            e = new Entry(e.number(), new Provenance(title, q.publisher(), q.url(), q.asOf(), q.confidence()),
                    e.usedIn(), e.confidences(), e.byConfidence());
            byKey.put(key, e);
        }
        e.confidences().add(confidence);
        Set<String> where = e.byConfidence().computeIfAbsent(confidence, c -> new LinkedHashSet<>());
        if (usedIn != null && !usedIn.isEmpty()) {
            e.usedIn().add(usedIn);
            where.add(usedIn);
        }
        return e.number();
    }

    /**
     * What identifies a source: its URL (as written, blank-trimmed), or its title when it has none.
     * Never null.
     */
    public static String sourceKey(Provenance p) {
        String url = p.url().strip();
        return url.isEmpty() ? "title:" + p.title().strip() : "url:" + url;
    }

    /**
     * The title two citations of one source share: the shorter when the longer extends it with
     * {@code "; "} and a note; otherwise {@code first}.
     */
    static String sharedTitle(String first, String other) {
        if (other.length() < first.length() && first.startsWith(other + "; ")) {
            return other;
        }
        return first;
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
