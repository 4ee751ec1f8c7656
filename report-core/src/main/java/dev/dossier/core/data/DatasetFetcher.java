package dev.dossier.core.data;

import dev.dossier.api.Dataset;
import dev.dossier.core.template.DataBinding;

/**
 * Where a run's datasets come from: the live data sources ({@link SourceFetcher}) or an
 * earlier edition's snapshot. {@link ReportData} calls {@link #fetch} at most once per dataset.
 */
public interface DatasetFetcher extends AutoCloseable {

    /**
     * The dataset a binding names (its shaping is applied by the caller).
     *
     * @throws dev.dossier.core.error.DossierException INPUT when the user's input is at fault,
     *                                                  FAILURE when the source fails
     */
    Dataset fetch(DataBinding binding);

    /** Releases what fetching opened (data source connections); nothing by default. */
    @Override
    default void close() {
    }
}
