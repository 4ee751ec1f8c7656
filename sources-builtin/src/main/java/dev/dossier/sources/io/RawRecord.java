package dev.dossier.sources.io;

import java.util.LinkedHashMap;
import java.util.Map;

/** One record as read from a file, before typing: text by column name, with where each cell was. */
final class RawRecord {

    /** A cell's text and its position (1-based line and column) in the file. */
    record RawValue(String text, int line, int column) {
    }

    private final Map<String, RawValue> values = new LinkedHashMap<>();
    private final int line;
    private final int column;

    RawRecord(int line, int column) {
        this.line = line;
        this.column = column;
    }

    void put(String name, RawValue value) {
        values.put(name, value);
    }

    /** The cell for a column, or {@code null} when the record lacks the column. */
    RawValue get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
