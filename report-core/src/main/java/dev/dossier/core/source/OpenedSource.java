package dev.dossier.core.source;

import dev.dossier.core.text.DidYouMean;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.api.DataSource;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.core.error.DossierException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * A provider's {@link DataSource} opened for one report run, guarded by the engine: every call
 * into the provider is bounded by the source's timeout, and every row is checked against the
 * dataset's columns. Made by {@link SourceCalls#open}.
 *
 * <p>Failures are {@link DossierException}s naming the provider and dataset:
 * {@code DOS-SOURCE-TIMEOUT} (a call did not return in time; the source is then abandoned and
 * every later call fails the same way), {@code DOS-SOURCE-BAD-ROW} (a row does not follow the
 * dataset's columns), {@code DOS-SOURCE-INPUT} (the provider blamed the user's input, exit 2),
 * {@code DOS-SOURCE-FAILED} (anything else the provider threw, exit 1).
 *
 * <p>Use from one thread at a time, as {@link DataSource} requires; close it when the run ends.
 *
 * @since 0.1
 */
public final class OpenedSource implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OpenedSource.class.getName());

    private final LoadedProvider provider;
    private final DataSource source;
    private final ProviderWorker worker;
    private final List<DatasetDescriptor> offered;
    private boolean closed;

    /** @param offered the datasets the provider offers for the options it was opened with */
    OpenedSource(LoadedProvider provider, DataSource source, ProviderWorker worker, List<DatasetDescriptor> offered) {
        this.provider = provider;
        this.source = source;
        this.worker = worker;
        this.offered = offered == null ? List.of() : List.copyOf(offered);
    }

    /** The datasets the provider offers with the options it was opened with, in its order. */
    public List<DatasetDescriptor> datasets() {
        return offered;
    }

    /** The provider this source was opened from. */
    public LoadedProvider provider() {
        return provider;
    }

    /**
     * Fetches a dataset whose rows stream through a checking, time-bounded cursor.
     *
     * <p>The returned dataset's descriptor is the one the provider returned (a generic source
     * such as {@code csv} learns its columns only when opened); its provenance is known to be
     * non-empty. Rows are checked as they are read, so a bad row fails the read that meets it.
     *
     * @throws DossierException INPUT {@code DOS-SOURCE-UNKNOWN-DATASET} when the provider does not offer the
     *                          dataset (with a suggestion); otherwise as described on this class
     */
    public Dataset fetch(String dataset) {
        return fetchChecked(dataset);
    }

    private CheckedDataset fetchChecked(String dataset) {
        String where = Failures.where(provider, dataset);
        List<String> names = offered.stream().map(DatasetDescriptor::name).toList();
        if (!names.contains(dataset)) {
            throw DossierException.input(ErrorCode.SOURCE_UNKNOWN_DATASET, "source '" + provider.id()
                    + "' has no dataset '" + dataset + "'" + DidYouMean.hint(dataset, names)
                    + "; it offers: " + String.join(", ", names));
        }
        record Fetched(Dataset dataset, DatasetDescriptor descriptor, List<Provenance> provenance) {
        }
        Fetched f = worker.call(where, "fetch", () -> {
            Dataset d = source.fetch(dataset);
            return d == null ? null : new Fetched(d, d.descriptor(), d.provenance());
        });
        if (f == null || f.descriptor() == null) {
            throw DossierException.failure(Failures.FAILED, where + ": fetch returned no dataset or no descriptor", null);
        }
        if (!f.descriptor().name().equals(dataset)) {
            throw DossierException.failure(Failures.FAILED, where + ": fetch returned dataset '"
                    + f.descriptor().name() + "' instead", null);
        }
        if (f.provenance() == null || f.provenance().isEmpty()) {
            throw DossierException.failure(Failures.FAILED, where + ": dataset has no provenance; every dataset must cite its sources", null);
        }
        DatasetDescriptor declared = offered.get(names.indexOf(dataset));
        String mismatch = RowChecker.layoutProblem(f.descriptor(), declared);
        if (mismatch != null) {
            throw Failures.badDescriptor(where, mismatch);
        }
        // rows are checked against what the provider declared, which templates were validated against
        return new CheckedDataset(f.dataset(), declared, f.provenance(), worker, where);
    }

    /**
     * Fetches a dataset and reads all its rows into memory, for charts and other consumers that need every point.
     *
     * @return the rows in the dataset's order; unmodifiable
     * @throws DossierException as {@link #fetch(String)}
     */
    public List<Row> fetchAll(String dataset) {
        List<Row> rows = new ArrayList<>();
        try (RowCursor cursor = fetchChecked(dataset).rows()) {
            cursor.forEachRemaining(rows::add);
        }
        return List.copyOf(rows);
    }

    /**
     * Closes the provider's data source. A failure to close is logged, not thrown: the data is
     * already read. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!worker.isAbandoned()) {
                worker.call(Failures.where(provider, null), "close", () -> {
                    source.close();
                    return null;
                });
            }
        } catch (DossierException e) {
            LOG.log(Level.WARNING, e.getMessage());
        } finally {
            worker.close();
        }
    }

    @Override
    public String toString() {
        return "OpenedSource[" + provider + "]";
    }
}
