package dev.dossier.core.edition;

import dev.dossier.api.Column;
import dev.dossier.api.Dataset;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.source.ProviderRegistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Snapshots of the curated built-in datasets, fetched through their providers, and rows copied with one change. */
final class EditionFixtures {

    private EditionFixtures() {
    }

    /** The built-in dataset {@code source/dataset} as a snapshot dataset, every row, as the provider gives it. */
    static SnapshotDataset fetch(String ref) {
        String[] parts = ref.split("/", 2);
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of())) {
            Dataset d = registry.find(parts[0]).orElseThrow().provider()
                    .open(SourceContext.of(SourceOptions.none())).fetch(parts[1]);
            List<Row> rows = new ArrayList<>();
            try (RowCursor cursor = d.rows()) {
                cursor.forEachRemaining(rows::add);
            }
            return new SnapshotDataset(ref, d.descriptor(), d.provenance(), rows);
        } catch (Exception e) {
            throw new IllegalStateException("cannot fetch " + ref, e);
        }
    }

    /** An edition of the given date holding these datasets and figures, for a fixed template and theme. */
    static Snapshot edition(LocalDate date, List<SnapshotDataset> datasets, List<SnapshotFigure> figures) {
        return Snapshot.of("templates/china-ai-briefing.yaml", "0".repeat(64),
                Map.of("edition", String.valueOf(date), "locale", "en-US"), "dossier", date, datasets, figures);
    }

    /** The same dataset with other rows. */
    static SnapshotDataset withRows(SnapshotDataset d, List<Row> rows) {
        return new SnapshotDataset(d.ref(), d.descriptor(), d.provenance(), rows);
    }

    /** A copy of {@code row} with one column's value replaced. */
    static Row with(Row row, String column, Object value) {
        return copy(row, row.provenance(), column, value);
    }

    /** A copy of {@code row} citing another provenance. */
    static Row citing(Row row, Provenance provenance) {
        return copy(row, provenance, null, null);
    }

    private static Row copy(Row row, Provenance provenance, String column, Object value) {
        Row.Builder b = Row.builder(row.descriptor());
        List<Column> columns = row.descriptor().columns();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            b.set(name, name.equals(column) ? value : row.get(i));
            b.qualify(name, row.qualifier(i));
            if (row.isEstimated(i)) {
                b.estimated(name);
            }
        }
        return b.provenance(provenance).note(row.note()).build();
    }
}
