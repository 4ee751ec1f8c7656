package dev.dossier.sources.io;

/**
 * Where a JSON file keeps its rows: a JSON pointer (RFC 6901), optionally with one {@code *}
 * step that stands for every element of an array (or every value of an object), so that
 * nested series such as {@code {"series": [{"name": "China", "points": [...]}, ...]}} read as
 * one dataset with {@code /series/*}{@code /points}.
 *
 * @param prefix the pointer up to the {@code *} step, or the whole pointer when there is none
 * @param suffix the pointer from each series to its rows; {@code null} when there is no {@code *} step
 * @since 0.3
 */
public record RowsPointer(String prefix, String suffix) {

    /**
     * Parses a pointer such as {@code /data/items} or {@code /series/*}{@code /points}.
     *
     * @throws IllegalArgumentException saying what is wrong (more than one {@code *}, nothing after it,
     *                                  no leading {@code /})
     */
    public static RowsPointer parse(String pointer) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("'" + pointer + "' is not a JSON pointer (expected e.g. /data/items)");
        }
        String marked = pointer + "/";
        int star = marked.indexOf("/*/");
        if (star < 0) {
            return new RowsPointer(pointer, null);
        }
        if (marked.indexOf("/*/", star + 1) >= 0) {
            throw new IllegalArgumentException("'" + pointer + "' has more than one '*' step; one level of series is read");
        }
        String suffix = pointer.substring(star + 2);
        if (suffix.isEmpty()) {
            throw new IllegalArgumentException("'" + pointer + "' ends in '*'; write the path from each series to its rows"
                    + " after it, e.g. /series/*/points (or drop the '*' to read the elements themselves as rows)");
        }
        return new RowsPointer(pointer.substring(0, star), suffix);
    }

    /** Whether the rows are spread over series (a {@code *} step). */
    public boolean isSeries() {
        return suffix != null;
    }

    /** How many containers each series opens on the way to its rows: the series itself and each step but the last. */
    int suffixDepth() {
        return (int) suffix.chars().filter(c -> c == '/').count();
    }
}
