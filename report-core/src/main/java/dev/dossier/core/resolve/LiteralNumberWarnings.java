package dev.dossier.core.resolve;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Row;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.LiteralNumbers;
import dev.dossier.core.template.ReportDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warnings {@code dossier validate} prints for figures typed into titles and captions (see
 * {@link LiteralNumbers}), one line each, starting with the file and line:
 *
 * <pre>
 * t.yaml:212:9: exhibit title: '5,600' is typed in, so it stays in one number format whatever the locale;
 *   write {{outlook/industry-size[measure=AI market projection (CICC),year=2030].cny_billion}} to print the dataset's figure
 * </pre>
 *
 * <p>When a row of the block's own dataset holds the value, the warning gives the reference that
 * prints it; otherwise it names the shape of one. Reads only rows the run has fetched anyway.
 */
public final class LiteralNumberWarnings {

    private LiteralNumberWarnings() {
    }

    /** One warning per literal number in the titles and captions of {@code def}. */
    public static List<String> of(ReportDefinition def, ReportData data) {
        List<String> out = new ArrayList<>();
        for (LiteralNumbers.Literal l : LiteralNumbers.in(def)) {
            String ref = suggestion(l, data).orElse("{{source/dataset[column=value].column}}");
            out.add(l.at() + ": " + l.what() + ": '" + l.literal() + "' is typed in, so it stays in one number format"
                    + " whatever the locale; write " + ref + " to print the dataset's figure");
        }
        return out;
    }

    private static Optional<String> suggestion(LiteralNumbers.Literal l, ReportData data) {
        List<DataBinding> bindings = l.block() == null ? List.of() : l.block() instanceof Block.Kpis k
                ? k.tiles().stream().map(Block.Kpi::data).toList() : l.block().bindings();
        for (DataBinding b : bindings) {
            List<Row> rows;
            try {
                rows = data.materialise(b);
            } catch (RuntimeException e) {
                continue; // a source that fails is reported elsewhere
            }
            for (Row row : rows) {
                List<Column> columns = row.descriptor().columns();
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).type().isNumeric() && equal(row.get(i), l.value())) {
                        Optional<Map<String, String>> key = key(row, rows, i);
                        if (key.isPresent()) {
                            Map<String, String> where = new LinkedHashMap<>(b.where());
                            where.putAll(key.get());
                            return Optional.of("{{" + b.ref() + "[" + where.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","))
                                    + "]." + columns.get(i).name() + "}}");
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean equal(Object v, BigDecimal literal) {
        if (!(v instanceof Number n)) {
            return false;
        }
        return new BigDecimal(n.toString()).compareTo(literal) == 0;
    }

    /** Filters on the row's text and year columns, fewest first, that pick it alone among {@code rows}. */
    private static Optional<Map<String, String>> key(Row row, List<Row> rows, int value) {
        Map<String, String> key = new LinkedHashMap<>();
        List<Column> columns = row.descriptor().columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnType t = columns.get(i).type();
            Object v = row.get(i);
            if (i == value || v == null || !(t == ColumnType.STRING || t == ColumnType.YEAR)) {
                continue;
            }
            String text = String.valueOf(v);
            if (text.contains(",") || text.contains("]") || text.contains("}") || text.contains("=")) {
                continue; // cannot be written inside a reference's filters
            }
            key.put(columns.get(i).name(), text);
            if (rows.stream().filter(r -> matches(r, key)).count() == 1) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Row r, Map<String, String> key) {
        return key.entrySet().stream().allMatch(e -> e.getValue().equals(String.valueOf(r.get(e.getKey()))));
    }
}
