package dev.dossier.api;

/**
 * An open connection to one provider's data for one report run.
 *
 * <p>Created by {@link DataSourceProvider#open(SourceContext)} with validated options and
 * closed by the engine when the run ends, whether it succeeded or not. The engine calls
 * {@link #fetch(String)} from one thread at a time and applies a per-source timeout.
 *
 * @since 0.1
 */
public interface DataSource extends AutoCloseable {

    /**
     * Returns the named dataset.
     *
     * @param datasetName one of the names in {@link DataSourceProvider#datasets()}
     * @throws SourceException when the data cannot be read or is malformed; use
     *                         {@link SourceException#badInput} when the user's input (a file,
     *                         an option) is at fault
     */
    Dataset fetch(String datasetName) throws SourceException;

    /** Releases files, connections and threads; the default does nothing. */
    @Override
    default void close() throws SourceException {
    }
}
