package dev.dossier.api;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A one-pass iterator over the rows of a {@link Dataset}; close it when done.
 *
 * <p>A cursor may hold a file handle or a database result set, so rows are read lazily:
 * a 100,000-row table is rendered without holding every row in memory.
 * {@link #hasNext()} and {@link #next()} may throw {@link UncheckedSourceException} when
 * the underlying source fails mid-way.
 *
 * @since 0.1
 */
public interface RowCursor extends Iterator<Row>, AutoCloseable {

    /** Releases the underlying resource; idempotent. Does not throw checked exceptions. */
    @Override
    void close();

    /**
     * Problems the source worked around in the rows read so far, one line each, starting with
     * where they are ({@code data.json:12:17: NaN read as a missing value (column 'share')}).
     *
     * <p>The engine asks after the cursor is exhausted or closed and shows each line once per run
     * as a warning. Never null; empty by default.
     *
     * @since 0.3
     */
    default List<String> warnings() {
        return List.of();
    }

    /** A cursor over an in-memory or otherwise already-open iterable; closing it does nothing. */
    static RowCursor of(Iterable<Row> rows) {
        Iterator<Row> it = rows.iterator();
        return new RowCursor() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
