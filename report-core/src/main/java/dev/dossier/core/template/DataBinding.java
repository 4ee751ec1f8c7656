package dev.dossier.core.template;

import java.util.List;
import java.util.Map;

/**
 * A block's reference to a dataset, with declarative shaping applied before rendering.
 *
 * <p>Written in templates as {@code data: patents/families-by-country} together with optional
 * sibling keys {@code where}, {@code sort} and {@code limit}.
 *
 * @param source   provider id, e.g. {@code patents}
 * @param dataset  dataset name, e.g. {@code families-by-country}
 * @param where    column → value filters, all of which must match: {@code China} (equal, as text),
 *                 {@code "!World"} (not equal) or {@code "China | United States"} (any of)
 * @param sort     column names, each optionally prefixed by {@code -} for descending
 * @param limit    keep at most this many rows after sorting; {@code null} for all
 * @param location where the binding is written, for error messages
 * @param includeLater whether rows dated after the edition date are kept (template: {@code later: include}),
 *                 printed marked as later; by default ({@code later: omit}) they are left out of the edition
 */
public record DataBinding(String source, String dataset, Map<String, String> where, List<String> sort,
                          Integer limit, SourceLocation location, boolean includeLater) {

    public DataBinding {
        where = where == null ? Map.of() : Map.copyOf(where);
        sort = sort == null ? List.of() : List.copyOf(sort);
        location = location == null ? SourceLocation.UNKNOWN : location;
    }

    /** A binding that leaves rows dated after the edition date out. */
    public DataBinding(String source, String dataset, Map<String, String> where, List<String> sort,
                       Integer limit, SourceLocation location) {
        this(source, dataset, where, sort, limit, location, false);
    }

    /** {@code source/dataset}, as written in templates. */
    public String ref() {
        return source + "/" + dataset;
    }

    /** The column names this binding's shaping mentions. */
    public List<String> shapingColumns() {
        return java.util.stream.Stream.concat(where.keySet().stream(),
                sort.stream().map(s -> s.startsWith("-") ? s.substring(1) : s)).toList();
    }
}
