package dev.dossier.core.data;

import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset read from its source exactly once and kept for the rest of the run, so every block
 * bound to it (a chart, a table, KPIs, figure references) reads the same rows without asking the
 * source again.
 *
 * <p>Up to {@link #IN_MEMORY_CELLS} cells (rows × columns: 20,000 rows of five columns, a few
 * megabytes) are held in memory; a larger dataset is spooled to a
 * private temporary file ({@link RowSpool}) and streamed back, so a 100,000-row table stays in
 * bounded memory. {@link #rows()} may be called any number of times; each call gives a fresh
 * cursor in the source's order. {@link #close()} deletes the spool.
 */
public final class StoredDataset implements Dataset, AutoCloseable {

    /**
     * Cells kept in memory before the dataset is spooled to disk: a budget in cells, not rows, so
     * a narrow 10,000-row table skips the spool's write and read-back (a tenth of its rendering)
     * while a wide one spools as early as before.
     */
    static final int IN_MEMORY_CELLS = 100_000;

    private final DatasetDescriptor descriptor;
    private final List<Provenance> provenance;
    private final List<Row> inMemory;
    private final RowSpool spool;
    private final List<String> warnings;

    private StoredDataset(DatasetDescriptor descriptor, List<Provenance> provenance, List<Row> inMemory, RowSpool spool,
                          List<String> warnings) {
        this.descriptor = descriptor;
        this.provenance = List.copyOf(provenance);
        this.inMemory = inMemory;
        this.spool = spool;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads every row of {@code source} once.
     *
     * @throws SourceException as the source's {@code rows()} does
     * @throws dev.dossier.api.UncheckedSourceException when the source fails while its rows are read
     */
    public static StoredDataset read(Dataset source) throws SourceException {
        return read(source, Math.max(1, IN_MEMORY_CELLS / Math.max(1, source.descriptor().columns().size())));
    }

    static StoredDataset read(Dataset source, int inMemoryLimit) throws SourceException {
        List<Row> rows = new ArrayList<>();
        RowSpool spool = null;
        List<String> warnings;
        try (RowCursor c = source.rows()) {
            while (c.hasNext()) {
                Row r = c.next();
                if (spool != null) {
                    spool.append(r);
                } else if (rows.size() < inMemoryLimit) {
                    rows.add(r);
                } else {
                    spool = new RowSpool(source.descriptor());
                    for (Row kept : rows) {
                        spool.append(kept);
                    }
                    rows = null;
                    spool.append(r);
                }
            }
            if (spool != null) {
                spool.finish();
            }
            warnings = c.warnings();
        } catch (IOException e) {
            closeQuietly(spool);
            throw new UncheckedIOException("cannot spool the rows of '" + source.descriptor().name() + "' to a temporary file", e);
        } catch (RuntimeException e) {
            closeQuietly(spool);
            throw e;
        }
        return new StoredDataset(source.descriptor(), source.provenance(), spool == null ? List.copyOf(rows) : null, spool,
                warnings);
    }

    /** A dataset that is already in memory (a snapshot's rows, a test's). */
    public static StoredDataset of(DatasetDescriptor descriptor, List<Provenance> provenance, List<Row> rows) {
        return new StoredDataset(descriptor, provenance, List.copyOf(rows), null, List.of());
    }

    @Override
    public DatasetDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<Provenance> provenance() {
        return provenance;
    }

    /** A fresh cursor over every stored row, in the source's order. */
    @Override
    public RowCursor rows() {
        return spool != null ? spool.cursor() : RowCursor.of(inMemory);
    }

    /**
     * What the source worked around while its rows were read ({@code NaN} read as a missing value),
     * one line each; see {@link RowCursor#warnings()}.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** The number of rows stored. */
    public int size() {
        return spool != null ? spool.size() : inMemory.size();
    }

    /** Whether the rows live in a temporary file rather than in memory. */
    public boolean isSpooled() {
        return spool != null;
    }

    @Override
    public void close() {
        closeQuietly(spool);
    }

    private static void closeQuietly(RowSpool spool) {
        if (spool != null) {
            try {
                spool.close();
            } catch (IOException ignored) {
                // deleteOnExit removes what close could not
            }
        }
    }
}
