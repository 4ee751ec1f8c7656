package dev.dossier.core.edition;

import dev.dossier.api.Dataset;
import dev.dossier.api.Datasets;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves a snapshot's datasets as report-api {@link Dataset}s, so an edition can be rendered
 * again ({@code --from-snapshot}) without calling any source.
 *
 * <p>Each dataset has the snapshot's descriptor and provenance; every {@link Dataset#rows()} call
 * opens a fresh cursor over the stored rows, in their original order. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SnapshotDatasets {

    private final String origin;
    private final Map<String, Dataset> byRef = new LinkedHashMap<>();

    /**
     * @param snapshot the edition's snapshot
     * @param origin   where it was read from (the snapshot file), named in errors
     */
    public SnapshotDatasets(Snapshot snapshot, String origin) {
        this.origin = Objects.requireNonNull(origin, "origin");
        for (SnapshotDataset d : snapshot.datasets()) {
            byRef.put(d.ref(), Datasets.of(d.descriptor(), d.provenance(), d.rows()));
        }
    }

    /** The dataset with this {@code source/dataset} ref, if the snapshot holds it. */
    public Optional<Dataset> find(String ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /**
     * The dataset with this {@code source/dataset} ref.
     *
     * @throws DossierException INPUT {@code DOS-SNAPSHOT-UNKNOWN-DATASET} naming the ref, the snapshot
     *                          file and the datasets it holds, when the snapshot does not hold it
     */
    public Dataset dataset(String ref) {
        Dataset d = byRef.get(ref);
        if (d == null) {
            throw DossierException.input(ErrorCode.SNAPSHOT_UNKNOWN_DATASET, origin + ": the snapshot holds no dataset '"
                    + ref + "'" + (byRef.isEmpty() ? "; it holds none" : "; it holds " + String.join(", ", byRef.keySet())));
        }
        return d;
    }

    /** The refs of the datasets held, in the snapshot's order. */
    public List<String> refs() {
        return List.copyOf(byRef.keySet());
    }
}
