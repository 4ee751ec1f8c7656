package dev.dossier.core.data;

import dev.dossier.api.Dataset;
import dev.dossier.api.SourceException;
import dev.dossier.api.UncheckedSourceException;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.ReportDefinition;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Datasets kept across runs of the same template, so re-rendering after an edit reads again only
 * the data that changed (a live preview re-renders on every save).
 *
 * <p>A dataset is stored under its source name, provider, options, report parameters and name;
 * a run whose options or parameters differ misses and replaces the stored one. {@link #invalidate}
 * drops the datasets whose options name a changed file, or a folder containing it. Datasets
 * that fail are never stored. Thread-safe; {@link #close()} deletes spooled rows.
 */
public final class DatasetCache implements AutoCloseable {

    private record Key(String source, String provider, Map<String, String> options, Map<String, String> parameters,
                       String dataset) {
        boolean sameDataset(Key other) {
            return source.equals(other.source) && dataset.equals(other.dataset);
        }
    }

    private record Entry(StoredDataset rows, Set<Path> reads) {
    }

    private final Map<Key, Entry> stored = new LinkedHashMap<>();
    private int fetches;

    /**
     * A fetcher for one run of {@code def}: stored datasets are served as they are, others are
     * fetched from {@code live} and stored. Closing it closes {@code live}, not the stored datasets.
     */
    public DatasetFetcher over(ReportDefinition def, DatasetFetcher live) {
        return new DatasetFetcher() {
            @Override
            public Dataset fetch(DataBinding binding) {
                return lookup(def, binding, live);
            }

            @Override
            public void close() {
                live.close();
            }
        };
    }

    private Dataset lookup(ReportDefinition def, DataBinding b, DatasetFetcher live) {
        Map<String, String> options = def.optionsFor(b.source());
        Key key = new Key(b.source(), def.providerId(b.source()), options, def.parameters(), b.dataset());
        synchronized (this) {
            Entry hit = stored.get(key);
            if (hit != null) {
                return hit.rows();
            }
        }
        StoredDataset rows;
        try {
            rows = StoredDataset.read(live.fetch(b));
        } catch (SourceException e) {
            throw new UncheckedSourceException(e);
        }
        synchronized (this) {
            fetches++;
            // the same dataset read with other options or parameters is stale from now on
            stored.entrySet().removeIf(e -> {
                boolean stale = e.getKey().sameDataset(key);
                if (stale) {
                    e.getValue().rows().close();
                }
                return stale;
            });
            stored.put(key, new Entry(rows, OptionPaths.of(options, def.baseDirectory())));
        }
        return rows;
    }

    /**
     * Drops every stored dataset whose source options name one of {@code changed} or a folder holding it.
     *
     * @return the {@code source/dataset} names dropped, in the order they were stored
     */
    public synchronized List<String> invalidate(Collection<Path> changed) {
        List<String> dropped = new java.util.ArrayList<>();
        stored.entrySet().removeIf(e -> {
            boolean stale = changed.stream().anyMatch(c -> OptionPaths.touches(e.getValue().reads(), c));
            if (stale) {
                dropped.add(e.getKey().source() + "/" + e.getKey().dataset());
                e.getValue().rows().close();
            }
            return stale;
        });
        return dropped;
    }

    /** How many datasets were read from a source (not served from this cache) since it was made. */
    public synchronized int fetches() {
        return fetches;
    }

    @Override
    public synchronized void close() {
        stored.values().forEach(e -> e.rows().close());
        stored.clear();
    }
}
