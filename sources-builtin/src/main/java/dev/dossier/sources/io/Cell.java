package dev.dossier.sources.io;

import dev.dossier.api.Qualifier;

/**
 * One parsed cell: the typed value, how it relates to the true figure, and whether it is an estimate.
 *
 * @param value     the value in the Java class of its {@link dev.dossier.api.ColumnType}, or {@code null}
 *                  when the cell was empty or read "not found"
 * @param qualifier "about", "more than", "up to"…; {@link Qualifier#EXACT} when the text had no prefix
 * @param estimated whether the text carried the estimate mark {@code [E]}
 * @since 0.1
 */
public record Cell(Object value, Qualifier qualifier, boolean estimated) {

    /** An empty cell: no value, exact, not estimated. */
    public static final Cell EMPTY = new Cell(null, Qualifier.EXACT, false);

    public Cell {
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
    }

    /** Whether the cell holds no value. */
    public boolean isEmpty() {
        return value == null;
    }
}
