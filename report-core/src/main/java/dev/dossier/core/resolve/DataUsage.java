package dev.dossier.core.resolve;

import dev.dossier.api.Row;
import dev.dossier.core.template.DataBinding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a resolution printed, for the edition's snapshot: per dataset the rows any block used, and
 * the KPI figures with the row each printed. Collected only when a snapshot or a comparison is
 * wanted, since a long table would otherwise be remembered row by row for nothing.
 */
public final class DataUsage {

    /**
     * A KPI figure as printed.
     *
     * @param label  the tile's caption
     * @param ref    {@code source/dataset}
     * @param where  the tile's filters
     * @param column the value column
     * @param row    the row it printed
     */
    public record Figure(String label, String ref, Map<String, String> where, String column, Row row) {
    }

    private final boolean enabled;
    private final Map<String, Set<Row>> rows = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();

    DataUsage(boolean enabled) {
        this.enabled = enabled;
    }

    void used(DataBinding b, Row row) {
        if (enabled) {
            rows.computeIfAbsent(b.ref(), k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(row);
        }
    }

    void used(DataBinding b, List<Row> used) {
        used.forEach(r -> used(b, r));
    }

    void figure(String label, DataBinding b, String column, Row row) {
        used(b, row);
        if (enabled) {
            figures.add(new Figure(label, b.ref(), b.where(), column, row));
        }
    }

    /** Whether anything is recorded (false when collection was not asked for). */
    public boolean isEnabled() {
        return enabled;
    }

    /** Whether {@code row} (the very object) was used from dataset {@code ref}. */
    public boolean wasUsed(String ref, Row row) {
        Set<Row> s = rows.get(ref);
        return s != null && s.contains(row);
    }

    /** The datasets used, by {@code source/dataset}, in first-use order. */
    public List<String> refs() {
        return List.copyOf(rows.keySet());
    }

    /** The KPI figures printed, in order. */
    public List<Figure> figures() {
        return List.copyOf(figures);
    }
}
