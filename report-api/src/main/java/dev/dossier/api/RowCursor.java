package dev.dossier.api;

import java.util.Iterator;
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
