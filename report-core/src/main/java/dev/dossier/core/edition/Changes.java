package dev.dossier.core.edition;

import dev.dossier.api.ColumnType;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two editions, as {@link EditionComparison#compare(Snapshot, Snapshot)} found it.
 *
 * <p>Every value here is a row of one of the two snapshots; nothing is typed in or recomputed
 * except the difference of two numbers. Lists are never null, immutable, and in the order of the
 * current edition (removed and dropped items in the order of the previous one).
 *
 * @param previousEdition the previous edition's date; null when it has none
 * @param currentEdition  the current edition's date; null when it has none
 * @param figures         every KPI figure printed by both editions, old → new, changed or not
 * @param newFigures      figures the current edition prints and the previous did not
 * @param goneFigures     figures the previous edition printed and the current does not
 * @param datasets        per dataset used by both editions, the rows added, removed and changed
 * @param addedDatasets   refs of datasets only the current edition uses
 * @param droppedDatasets refs of datasets only the previous edition used
 * @param provenance      sources or confidence that changed, for datasets, rows and figures
 * @since 0.1
 */
public record Changes(LocalDate previousEdition, LocalDate currentEdition, List<FigureChange> figures,
                      List<Figure> newFigures, List<Figure> goneFigures, List<DatasetChanges> datasets,
                      List<String> addedDatasets, List<String> droppedDatasets, List<ProvenanceChange> provenance) {

    public Changes {
        figures = List.copyOf(figures);
        newFigures = List.copyOf(newFigures);
        goneFigures = List.copyOf(goneFigures);
        datasets = List.copyOf(datasets);
        addedDatasets = List.copyOf(addedDatasets);
        droppedDatasets = List.copyOf(droppedDatasets);
        provenance = List.copyOf(provenance);
    }

    /**
     * Whether no figure changed: every common figure kept its value, qualifier and estimate mark,
     * no figure, dataset, row or source came or went, and no value or confidence changed.
     */
    public boolean isEmpty() {
        return figures.stream().noneMatch(f -> f.value().changed()) && newFigures.isEmpty() && goneFigures.isEmpty()
                && datasets.stream().allMatch(DatasetChanges::isEmpty) && addedDatasets.isEmpty()
                && droppedDatasets.isEmpty() && provenance.isEmpty();
    }

    /** Which way a value moved. */
    public enum Direction {
        /** The new number is larger. */
        UP,
        /** The new number is smaller. */
        DOWN,
        /** The same value (numbers compared by value: 2.5 and 2.50 are the same). */
        UNCHANGED,
        /** Different, but not two numbers that can be ordered (text, a date, or a value that appeared or vanished). */
        CHANGED
    }

    /**
     * One column's value in a row of each edition.
     *
     * @param column     the column name
     * @param type       the column's type in the current edition
     * @param previous   the previous edition's row
     * @param current    the current edition's row
     * @param difference current − previous when both are numbers, in the column's unit; null otherwise
     * @param direction  which way the value moved
     */
    public record ValueChange(String column, ColumnType type, Row previous, Row current, BigDecimal difference,
                              Direction direction) {

        public ValueChange {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(direction, "direction");
        }

        /**
         * Whether the value, its qualifier or its estimate mark differs between the editions (an
         * estimate mark that follows from the row's confidence is left to {@link ProvenanceChange}).
         */
        public boolean changed() {
            int p = previous.descriptor().indexOf(column);
            int c = current.descriptor().indexOf(column);
            if (direction != Direction.UNCHANGED || p < 0 || c < 0 || previous.qualifier(p) != current.qualifier(c)) {
                return true;
            }
            // a row whose source became an estimate is a provenance change, not a value change
            return previous.provenance().confidence() == current.provenance().confidence()
                    && previous.isEstimated(p) != current.isEstimated(c);
        }
    }

    /**
     * A KPI figure with the row it printed.
     *
     * @param figure the figure as bound
     * @param row    the row whose {@code figure.column()} it printed
     */
    public record Figure(SnapshotFigure figure, Row row) {
    }

    /**
     * A KPI figure both editions printed.
     *
     * @param figure the current edition's figure (label, dataset, filters, column)
     * @param value  its value in each edition
     */
    public record FigureChange(SnapshotFigure figure, ValueChange value) {
    }

    /**
     * A value that changed in a row both editions hold.
     *
     * @param key   the row's key (the key column's value as text; {@code "Japan (2)"} for a second row with key Japan)
     * @param value the column's value in each edition
     */
    public record RowChange(String key, ValueChange value) {
    }

    /**
     * The rows of one dataset both editions used.
     *
     * @param ref       {@code source/dataset}
     * @param keyColumn the column rows were matched on
     * @param added     rows only the current edition holds
     * @param removed   rows only the previous edition held
     * @param changed   values that changed in rows both hold, row by row, column by column
     */
    public record DatasetChanges(String ref, String keyColumn, List<Row> added, List<Row> removed, List<RowChange> changed) {

        public DatasetChanges {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        /** Whether no row came, went or changed. */
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    /** What a provenance change is about. */
    public enum Subject {
        /** One of a dataset's sources. */
        DATASET,
        /** The source of one row. */
        ROW,
        /** The source of a KPI figure's row. */
        FIGURE
    }

    /**
     * A source (title or URL) or confidence that changed.
     *
     * @param subject  what the source backs
     * @param ref      the dataset, {@code source/dataset}
     * @param name     the row's key for {@link Subject#ROW}, the figure's label for {@link Subject#FIGURE}, empty for {@link Subject#DATASET}
     * @param previous the previous edition's source; null when the dataset's source is new
     * @param current  the current edition's source; null when the dataset no longer cites it
     */
    public record ProvenanceChange(Subject subject, String ref, String name, Provenance previous, Provenance current) {

        public ProvenanceChange {
            name = name == null ? "" : name;
        }
    }
}
