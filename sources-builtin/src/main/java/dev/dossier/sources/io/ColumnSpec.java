package dev.dossier.sources.io;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a column layout written on one line, as users declare it for their own files:
 * {@code "country:string, year:year, usd_billion?:money:USD billion"}.
 *
 * <p>Columns are separated by commas; each is {@code name:type} or {@code name:type:unit}.
 * The name is lower-cased and may hold letters, digits, {@code _} and {@code -}; a {@code ?}
 * after it makes the column optional (empty cells allowed), otherwise every row must have a
 * value. The type is a {@link ColumnType#id()}: {@code string}, {@code integer},
 * {@code decimal}, {@code percent}, {@code money}, {@code year} or {@code date}. The unit is
 * free text such as {@code USD billion} or {@code %} and may not contain a comma.
 *
 * @since 0.2
 */
public final class ColumnSpec {

    private static final String TYPES = Arrays.stream(ColumnType.values()).map(ColumnType::id)
            .collect(Collectors.joining(", "));

    private ColumnSpec() {
    }

    /**
     * Parses a layout.
     *
     * @throws IllegalArgumentException saying which column is malformed and what was expected,
     *                                  e.g. {@code column 'year:yr' has unknown type 'yr' (expected one of string, …)}
     */
    public static List<Column> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no columns declared (expected e.g. \"country:string, year:year, value:decimal\")");
        }
        List<Column> columns = new ArrayList<>();
        for (String item : spec.split(",")) {
            columns.add(column(item.strip()));
        }
        List<String> names = columns.stream().map(Column::name).toList();
        for (String name : names) {
            if (names.indexOf(name) != names.lastIndexOf(name)) {
                throw new IllegalArgumentException("column '" + name + "' is declared twice");
            }
        }
        return List.copyOf(columns);
    }

    private static Column column(String item) {
        String[] parts = item.split(":", 3);
        if (parts.length < 2 || parts[0].isBlank()) {
            throw new IllegalArgumentException("column '" + item + "' is not name:type or name:type:unit");
        }
        String name = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean optional = name.endsWith("?");
        if (optional) {
            name = name.substring(0, name.length() - 1).strip();
        }
        if (!name.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException("column name '" + name + "' may hold only letters, digits, '_' and '-'");
        }
        ColumnType type = type(item, parts[1].strip());
        String unit = parts.length == 3 ? parts[2].strip() : "";
        Column column = new Column(name, type, unit, name, true);
        return optional ? column.optional() : column;
    }

    private static ColumnType type(String item, String id) {
        for (ColumnType t : ColumnType.values()) {
            if (t.id().equalsIgnoreCase(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("column '" + item + "' has unknown type '" + id + "' (expected one of "
                + TYPES + ")");
    }
}
