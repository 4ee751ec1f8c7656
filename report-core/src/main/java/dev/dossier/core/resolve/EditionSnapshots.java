package dev.dossier.core.resolve;

import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.core.data.StoredDataset;
import dev.dossier.core.edition.Snapshot;
import dev.dossier.core.edition.SnapshotDataset;
import dev.dossier.core.edition.SnapshotFigure;
import dev.dossier.core.template.ReportDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Snapshot} of an edition from what its resolution used: every dataset a block
 * read, with the rows it printed (in the dataset's order), and the KPI figures with their rows.
 *
 * <p>Re-shaping a template's bindings over these rows gives the rows they gave the first time
 * (filters keep the same rows; the top rows of a sort are among the kept rows), so the edition can
 * be rendered again from its snapshot alone. A spooled dataset (more rows than fit in memory) is
 * kept whole. No source option is ever part of a snapshot, so secrets never are.
 */
public final class EditionSnapshots {

    private EditionSnapshots() {
    }

    /**
     * @param template       the template path as the user gave it
     * @param templateDigest SHA-256 of the template file, hex
     * @param theme          the theme as named for the run
     * @param date           the edition date on the cover; null for none
     * @param fetched        the run's datasets by {@code source/dataset} ({@code ReportData.fetched()})
     */
    public static Snapshot of(ReportDefinition def, String template, String templateDigest, String theme, LocalDate date,
                              Map<String, StoredDataset> fetched, DataUsage usage) {
        List<SnapshotDataset> datasets = new ArrayList<>();
        Map<String, Map<Row, Integer>> indexes = new LinkedHashMap<>();
        for (var e : fetched.entrySet()) {
            String ref = e.getKey();
            StoredDataset stored = e.getValue();
            List<Row> kept = new ArrayList<>();
            Map<Row, Integer> index = new IdentityHashMap<>();
            try (RowCursor c = stored.rows()) {
                while (c.hasNext()) {
                    Row r = c.next();
                    if (stored.isSpooled() || usage.wasUsed(ref, r)) {
                        index.put(r, kept.size());
                        kept.add(r);
                    }
                }
            }
            List<Provenance> provenance = !stored.provenance().isEmpty() ? stored.provenance()
                    : kept.stream().map(Row::provenance).distinct().toList();
            if (provenance.isEmpty()) {
                continue; // nothing printed from it and nothing to cite: an empty dataset
            }
            datasets.add(new SnapshotDataset(ref, stored.descriptor(), provenance, kept));
            indexes.put(ref, index);
        }
        List<SnapshotFigure> figures = new ArrayList<>();
        for (DataUsage.Figure f : usage.figures()) {
            Integer row = indexes.getOrDefault(f.ref(), Map.of()).get(f.row());
            if (row != null) {
                figures.add(new SnapshotFigure(f.label(), f.ref(), f.where(), f.column(), row));
            }
        }
        return Snapshot.of(template, templateDigest, def.parameters(), theme, date, datasets, figures);
    }
}
