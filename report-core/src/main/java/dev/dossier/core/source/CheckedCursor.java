package dev.dossier.core.source;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.text.Composed;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A cursor over a provider's rows that bounds each read by the source's timeout and checks
 * every row against the dataset's columns.
 *
 * <p>Rows are pulled on the {@link ProviderWorker} in batches of {@value #BATCH}: a thread
 * hand-off per row would slow a 100,000-row table down, while a batch keeps memory bounded.
 * Not thread-safe, like any iterator.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link DossierException}:
 * {@code DOS-SOURCE-TIMEOUT}, {@code DOS-SOURCE-BAD-ROW}, {@code DOS-SOURCE-FAILED} or
 * {@code DOS-SOURCE-INPUT}.
 */
final class CheckedCursor implements RowCursor {

    static final int BATCH = 256;
    private static final System.Logger LOG = System.getLogger(CheckedCursor.class.getName());

    private final RowCursor rows;
    private final DatasetDescriptor descriptor;
    private final ProviderWorker worker;
    private final String where;
    private final ArrayDeque<Row> buffer = new ArrayDeque<>();
    private long delivered;
    private boolean exhausted;
    private boolean closed;

    CheckedCursor(RowCursor rows, DatasetDescriptor descriptor, ProviderWorker worker, String where) {
        this.rows = rows;
        this.descriptor = descriptor;
        this.worker = worker;
        this.where = where;
    }

    @Override
    public boolean hasNext() {
        if (buffer.isEmpty() && !exhausted && !closed) {
            refill();
        }
        return !buffer.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        delivered++;
        return Composed.row(buffer.poll()); // text enters the engine composed (NFC), once
    }

    private void refill() {
        List<Row> batch = worker.call(where, "reading rows", () -> {
            List<Row> out = new ArrayList<>(BATCH);
            while (out.size() < BATCH && rows.hasNext()) {
                out.add(rows.next());
            }
            return out;
        });
        exhausted = batch.size() < BATCH;
        long number = delivered;
        for (Row row : batch) {
            number++;
            String problem = RowChecker.problem(row, descriptor);
            if (problem != null) {
                throw Failures.badRow(where, number, problem);
            }
        }
        buffer.addAll(batch);
    }

    /** The provider's warnings; a provider failing to give them gives none, as they are only advice. */
    @Override
    public List<String> warnings() {
        try {
            List<String> lines = rows.warnings();
            return lines == null ? List.of() : List.copyOf(lines);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, where + ": warnings() failed: " + e);
            return List.of();
        }
    }

    /** Closes the provider's cursor; a failure to close is logged, not thrown, as the rows are already read. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        buffer.clear();
        if (worker.isAbandoned()) {
            return;
        }
        try {
            worker.call(where, "closing rows", () -> {
                rows.close();
                return null;
            });
        } catch (DossierException e) {
            LOG.log(Level.WARNING, e.getMessage());
        }
    }
}
