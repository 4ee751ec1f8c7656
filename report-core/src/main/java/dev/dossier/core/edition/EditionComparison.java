package dev.dossier.core.edition;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.core.edition.Changes.DatasetChanges;
import dev.dossier.core.edition.Changes.Direction;
import dev.dossier.core.edition.Changes.Figure;
import dev.dossier.core.edition.Changes.FigureChange;
import dev.dossier.core.edition.Changes.ProvenanceChange;
import dev.dossier.core.edition.Changes.RowChange;
import dev.dossier.core.edition.Changes.Subject;
import dev.dossier.core.edition.Changes.ValueChange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two editions' snapshots: what the "What changed since the last edition" block and
 * {@code dossier diff} print.
 *
 * <p>KPI figures are matched on label, dataset, filters and column. Rows of a dataset both
 * editions used are matched on a key column: the descriptor's first {@code STRING} column, or its
 * first column when it has none ({@code report-api} does not declare key columns yet). Rows that
 * share a key are matched in order (the second Japan with the second Japan). Values are compared
 * in the columns both editions' descriptors declare; numbers by value, so 2.5 and 2.50 are equal.
 *
 * <p>A pure function of the two snapshots; thread-safe.
 *
 * @since 0.1
 */
public final class EditionComparison {

    private EditionComparison() {
    }

    /** What changed from {@code previous} to {@code current}; never null. */
    public static Changes compare(Snapshot previous, Snapshot current) {
        List<ProvenanceChange> provenance = new ArrayList<>();
        List<FigureChange> figures = new ArrayList<>();
        List<Figure> newFigures = new ArrayList<>();
        for (SnapshotFigure f : current.figures()) {
            Optional<SnapshotFigure> old = previous.figures().stream().filter(f::matches).findFirst();
            if (old.isPresent()) {
                Row before = previous.row(old.get());
                Row after = current.row(f);
                figures.add(new FigureChange(f, value(f.column(), before, after)));
                sourceChange(Subject.FIGURE, f.ref(), f.label(), before.provenance(), after.provenance(), provenance);
            } else {
                newFigures.add(new Figure(f, current.row(f)));
            }
        }
        List<Figure> goneFigures = previous.figures().stream()
                .filter(f -> current.figures().stream().noneMatch(f::matches))
                .map(f -> new Figure(f, previous.row(f))).toList();

        List<DatasetChanges> datasets = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (SnapshotDataset d : current.datasets()) {
            Optional<SnapshotDataset> old = previous.dataset(d.ref());
            if (old.isPresent()) {
                datasetSources(old.get(), d, provenance);
                datasets.add(rows(old.get(), d, provenance));
            } else {
                added.add(d.ref());
            }
        }
        List<String> dropped = previous.datasets().stream().map(SnapshotDataset::ref)
                .filter(ref -> current.dataset(ref).isEmpty()).toList();
        return new Changes(previous.editionDate(), current.editionDate(), figures, newFigures, goneFigures, datasets,
                added, dropped, provenance);
    }

    /** The key column rows of this layout are matched on. */
    static String keyColumn(DatasetDescriptor d) {
        return d.columns().stream().filter(c -> c.type() == ColumnType.STRING).findFirst()
                .orElse(d.columns().get(0)).name();
    }

    private static DatasetChanges rows(SnapshotDataset before, SnapshotDataset after, List<ProvenanceChange> provenance) {
        String key = keyColumn(before.descriptor());
        if (after.descriptor().indexOf(key) < 0) {
            key = keyColumn(after.descriptor());
        }
        Map<String, Row> old = keyed(before.rows(), key);
        Map<String, Row> now = keyed(after.rows(), key);
        List<Row> addedRows = new ArrayList<>();
        List<RowChange> changed = new ArrayList<>();
        for (Map.Entry<String, Row> e : now.entrySet()) {
            Row was = old.get(e.getKey());
            if (was == null) {
                addedRows.add(e.getValue());
                continue;
            }
            for (Column c : after.descriptor().columns()) {
                if (!c.name().equals(key) && before.descriptor().indexOf(c.name()) >= 0) {
                    ValueChange v = value(c.name(), was, e.getValue());
                    if (v.changed()) {
                        changed.add(new RowChange(e.getKey(), v));
                    }
                }
            }
            sourceChange(Subject.ROW, after.ref(), e.getKey(), was.provenance(), e.getValue().provenance(), provenance);
        }
        List<Row> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new DatasetChanges(after.ref(), key, addedRows, removed, changed);
    }

    /** Rows by key text; a key seen before gets its ordinal: {@code "Japan (2)"}. */
    private static Map<String, Row> keyed(List<Row> rows, String key) {
        Map<String, Row> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows) {
            String text = Objects.toString(r.get(key), "");
            int n = seen.merge(text, 1, Integer::sum);
            out.put(n == 1 ? text : text + " (" + n + ")", r);
        }
        return out;
    }

    private static void datasetSources(SnapshotDataset before, SnapshotDataset after, List<ProvenanceChange> out) {
        for (Provenance p : after.provenance()) {
            Optional<Provenance> was = before.provenance().stream()
                    .filter(q -> q.citationKey().equals(p.citationKey())).findFirst();
            if (was.isEmpty()) {
                out.add(new ProvenanceChange(Subject.DATASET, after.ref(), "", null, p));
            } else if (was.get().confidence() != p.confidence()) {
                out.add(new ProvenanceChange(Subject.DATASET, after.ref(), "", was.get(), p));
            }
        }
        for (Provenance q : before.provenance()) {
            if (after.provenance().stream().noneMatch(p -> p.citationKey().equals(q.citationKey()))) {
                out.add(new ProvenanceChange(Subject.DATASET, after.ref(), "", q, null));
            }
        }
    }

    private static void sourceChange(Subject subject, String ref, String name, Provenance before, Provenance after,
                                     List<ProvenanceChange> out) {
        if (!before.citationKey().equals(after.citationKey()) || before.confidence() != after.confidence()) {
            out.add(new ProvenanceChange(subject, ref, name, before, after));
        }
    }

    private static ValueChange value(String column, Row before, Row after) {
        Object was = valueOf(before, column);
        Object now = valueOf(after, column);
        ColumnType type = after.descriptor().column(column).map(Column::type)
                .orElseGet(() -> before.descriptor().column(column).orElseThrow().type());
        if (was instanceof Number a && now instanceof Number b) {
            BigDecimal difference = decimal(b).subtract(decimal(a));
            Direction d = difference.signum() > 0 ? Direction.UP : difference.signum() < 0 ? Direction.DOWN : Direction.UNCHANGED;
            return new ValueChange(column, type, before, after, difference, d);
        }
        return new ValueChange(column, type, before, after, null, Objects.equals(was, now) ? Direction.UNCHANGED : Direction.CHANGED);
    }

    private static Object valueOf(Row row, String column) {
        int i = row.descriptor().indexOf(column);
        return i < 0 ? null : row.get(i);
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.longValue());
    }
}
