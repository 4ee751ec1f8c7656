package dev.dossier.sources.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One record as read from a file, before typing: text by column name, with where each cell was. */
final class RawRecord {

    /** What a cell held in the file; only JSON tells these apart. */
    enum Kind {
        /** Text, to be read in the file's number syntax when the column is numeric. */
        TEXT,
        /** A JSON number, always written with {@code .} as decimal separator whatever the file's locale. */
        NUMBER,
        /** A JSON {@code NaN} or {@code Infinity}: a number with no value to print, read as missing. */
        NOT_FINITE,
        /** A JSON object or array, which no column type accepts; its text names it ("an object"). */
        STRUCTURE
    }

    /** A cell's text, kind and position (1-based line and column) in the file. */
    record RawValue(String text, int line, int column, Kind kind) {

        RawValue(String text, int line, int column) {
            this(text, line, column, Kind.TEXT);
        }
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

    /** The column names in file order. */
    Set<String> names() {
        return values.keySet();
    }

    /** Whether every cell is empty or blank, like the trailing rows some spreadsheets export. */
    boolean isBlank() {
        return values.values().stream().allMatch(v -> v.kind() != Kind.STRUCTURE && v.text().isBlank());
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
