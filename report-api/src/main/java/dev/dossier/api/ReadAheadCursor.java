package dev.dossier.api;

import java.util.NoSuchElementException;

/**
 * A base for cursors over a resource (a file, a result set): subclasses say how to read the
 * next row and how to release the resource; this class reads one row ahead so
 * {@link #hasNext()} can answer, and releases the resource exactly once — at the end, on the
 * first error, or when closed early.
 *
 * <pre>{@code
 * return new ReadAheadCursor() {
 *     protected Row read() throws SourceException { return lines.hasNext() ? toRow(lines.next()) : null; }
 *     protected void release() { reader.close(); }
 * };
 * }</pre>
 *
 * <p>Not thread-safe, like every {@link RowCursor}.
 *
 * @since 0.2
 */
public abstract class ReadAheadCursor implements RowCursor {

    private Row next;
    private boolean done;

    /**
     * Reads the next row.
     *
     * @return the row, or {@code null} when there are no more
     * @throws SourceException when the row cannot be read; it reaches the caller wrapped in an
     *                         {@link UncheckedSourceException}, after the resource is released
     */
    protected abstract Row read() throws SourceException;

    /** Releases the resource; called once. Must not throw. */
    protected abstract void release();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = read();
            } catch (SourceException e) {
                close();
                throw new UncheckedSourceException(e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            if (next == null) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public final Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    @Override
    public final void close() {
        if (!done) {
            done = true;
            next = null;
            release();
        }
    }
}
