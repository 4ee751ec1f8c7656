package dev.dossier.core.data;

import dev.dossier.api.ReadAheadCursor;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.core.template.DataBinding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a binding's {@code where}, {@code sort} and {@code limit} to rows.
 *
 * <p>Filtering and limiting stream; sorting needs every matching row in memory, so a sorted
 * binding materialises its rows (tables that must stay in bounded memory should not sort).
 */
public final class Shaping {

    private Shaping() {
    }

    /**
     * Whether the row passes every {@code where} filter. Values are compared as text; a filter
     * {@code "!World"} excludes a value, and {@code "China | United States"} accepts any of several.
     */
    public static boolean matches(DataBinding b, Row row) {
        for (var e : b.where().entrySet()) {
            if (!accepts(e.getValue(), row.text(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static boolean accepts(String filter, String value) {
        if (filter.startsWith("!")) {
            return !filter.substring(1).strip().equals(value);
        }
        if (filter.contains(" | ")) {
            for (String alternative : filter.split(" \\| ")) {
                if (alternative.strip().equals(value)) {
                    return true;
                }
            }
            return false;
        }
        return filter.equals(value);
    }

    /** A cursor over the shaped rows; closing it closes {@code source}. */
    public static RowCursor apply(DataBinding b, RowCursor source) {
        if (!b.sort().isEmpty()) {
            List<Row> rows = new ArrayList<>();
            try (source) {
                while (source.hasNext()) {
                    Row r = source.next();
                    if (matches(b, r)) {
                        rows.add(r);
                    }
                }
            }
            rows.sort(comparator(b.sort()));
            List<Row> limited = b.limit() == null ? rows : rows.subList(0, Math.min(b.limit(), rows.size()));
            return RowCursor.of(limited);
        }
        return new FilteringCursor(b, source);
    }

    static Comparator<Row> comparator(List<String> sort) {
        Comparator<Row> c = (a, b) -> 0;
        for (String key : sort) {
            boolean descending = key.startsWith("-");
            String column = descending ? key.substring(1) : key;
            Comparator<Object> values = descending ? VALUE_ORDER.reversed() : VALUE_ORDER;
            c = c.thenComparing(r -> r.get(column), Comparator.nullsLast(values));
        }
        return c;
    }

    /** Numbers by value whatever their class; other values by their natural order, else as text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        if (a instanceof Number x && b instanceof Number y) {
            return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString()));
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };

    /** Streams rows that pass the filters, stopping at the limit. */
    private static final class FilteringCursor extends ReadAheadCursor {
        private final DataBinding binding;
        private final RowCursor source;
        private int returned;

        FilteringCursor(DataBinding binding, RowCursor source) {
            this.binding = binding;
            this.source = source;
        }

        @Override
        protected Row read() {
            if (binding.limit() != null && returned >= binding.limit()) {
                return null;
            }
            while (source.hasNext()) {
                Row r = source.next();
                if (matches(binding, r)) {
                    returned++;
                    return r;
                }
            }
            return null;
        }

        @Override
        protected void release() {
            source.close();
        }
    }
}
