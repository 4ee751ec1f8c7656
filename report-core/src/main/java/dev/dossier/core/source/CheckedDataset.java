package dev.dossier.core.source;

import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.RowCursor;
import dev.dossier.core.error.DossierException;
import java.util.List;

/**
 * A provider's dataset as the engine hands it on: descriptor and provenance read once, rows
 * read through a {@link CheckedCursor}.
 */
final class CheckedDataset implements Dataset {

    private final Dataset dataset;
    private final DatasetDescriptor descriptor;
    private final List<Provenance> provenance;
    private final ProviderWorker worker;
    private final String where;

    CheckedDataset(Dataset dataset, DatasetDescriptor descriptor, List<Provenance> provenance,
                   ProviderWorker worker, String where) {
        this.dataset = dataset;
        this.descriptor = descriptor;
        this.provenance = List.copyOf(provenance);
        this.worker = worker;
        this.where = where;
    }

    @Override
    public DatasetDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<Provenance> provenance() {
        return provenance;
    }

    @Override
    public RowCursor rows() {
        RowCursor rows = worker.call(where, "opening rows", dataset::rows);
        if (rows == null) {
            throw DossierException.failure(Failures.FAILED, where + ": rows() returned no cursor", null);
        }
        return new CheckedCursor(rows, descriptor, worker, where);
    }
}
