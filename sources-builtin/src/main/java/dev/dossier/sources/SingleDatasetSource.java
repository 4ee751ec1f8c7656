package dev.dossier.sources;

import dev.dossier.api.DataSource;
import dev.dossier.api.Dataset;
import dev.dossier.api.SourceException;

/**
 * One run's view of a generic provider: the one dataset its options declare, fetched by name.
 *
 * @since 0.2
 */
public final class SingleDatasetSource implements DataSource {

    /** Reads the dataset; called once per {@link #fetch(String)}. */
    @FunctionalInterface
    public interface Fetcher {
        Dataset fetch() throws SourceException;
    }

    private final String providerId;
    private final String datasetName;
    private final Fetcher fetcher;

    public SingleDatasetSource(String providerId, String datasetName, Fetcher fetcher) {
        this.providerId = providerId;
        this.datasetName = datasetName;
        this.fetcher = fetcher;
    }

    /**
     * @throws SourceException (bad input) when {@code name} is not the declared dataset, or as the fetcher throws
     */
    @Override
    public Dataset fetch(String name) throws SourceException {
        if (!datasetName.equals(name)) {
            throw SourceException.badInput("source '" + providerId + "' has no dataset '" + name + "' (its one dataset is '"
                    + datasetName + "', named by the option '" + GenericProvider.DATASET + "')");
        }
        return fetcher.fetch();
    }

    @Override
    public String toString() {
        return providerId + "/" + datasetName;
    }
}
