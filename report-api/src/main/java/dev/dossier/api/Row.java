package dev.dossier.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * One row of a {@link Dataset}: a value per declared column, the row's source, and optional
 * per-cell qualifiers and estimate marks.
 *
 * <p>Values follow the column types of the dataset's {@link DatasetDescriptor} (see
 * {@link ColumnType}); a value is {@code null} when the source does not give it. Rows are
 * immutable and built with {@link #builder(DatasetDescriptor)}, which checks types.
 *
 * @since 0.1
 */
public final class Row {

    private final DatasetDescriptor descriptor;
    private final Object[] values;
    private final Qualifier[] qualifiers;
    private final boolean[] estimated;
    private final Provenance provenance;
    private final String note;

    private Row(Builder b) {
        this.descriptor = b.descriptor;
        this.values = b.values.clone();
        this.qualifiers = b.qualifiers.clone();
        this.estimated = b.estimated.clone();
        this.provenance = b.provenance;
        this.note = b.note;
    }

    /** Starts a row for the given layout; every value starts as {@code null}. */
    public static Builder builder(DatasetDescriptor descriptor) {
        return new Builder(descriptor);
    }

    /** The layout this row follows. */
    public DatasetDescriptor descriptor() {
        return descriptor;
    }

    /** The value in column {@code index} (0-based), or {@code null}. */
    public Object get(int index) {
        return values[index];
    }

    /**
     * The value in the named column, or {@code null}.
     *
     * @throws IllegalArgumentException when the dataset has no such column
     */
    public Object get(String column) {
        return values[index(column)];
    }

    /** The named numeric value as a {@link Number}, or {@code null}; throws like {@link #get(String)}. */
    public Number number(String column) {
        Object v = get(column);
        if (v != null && !(v instanceof Number)) {
            throw new IllegalArgumentException("column '" + column + "' is not numeric");
        }
        return (Number) v;
    }

    /** The named value as text ({@code String.valueOf}), or {@code null}; throws like {@link #get(String)}. */
    public String text(String column) {
        Object v = get(column);
        return v == null ? null : String.valueOf(v);
    }

    /** How the value in column {@code index} relates to the true figure; {@link Qualifier#EXACT} by default. */
    public Qualifier qualifier(int index) {
        return qualifiers[index];
    }

    /** Whether the value in column {@code index} is an estimate: marked so, or the row's source is an estimate. */
    public boolean isEstimated(int index) {
        return estimated[index] || provenance.confidence() == Confidence.ESTIMATE;
    }

    /**
     * Whether the provider marked the value in column {@code index} itself as an estimate
     * ({@link Builder#estimated(String)}), whatever the row's source.
     *
     * @since 0.3
     */
    public boolean isMarkedEstimated(int index) {
        return estimated[index];
    }

    /** Where this row's figures come from; never null. */
    public Provenance provenance() {
        return provenance;
    }

    /** A definition, caveat or footnote for this row; empty when there is none. */
    public String note() {
        return note;
    }

    private int index(String column) {
        int i = descriptor.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("dataset '" + descriptor.name() + "' has no column '" + column + "'");
        }
        return i;
    }

    @Override
    public String toString() {
        return descriptor.name() + Arrays.toString(values);
    }

    /**
     * Builds a {@link Row}, checking each value against its column type.
     *
     * <p>Not thread-safe; a builder may be reused after {@link #build()} to make the next row.
     */
    public static final class Builder {
        private final DatasetDescriptor descriptor;
        private final Object[] values;
        private final Qualifier[] qualifiers;
        private final boolean[] estimated;
        private Provenance provenance;
        private String note = "";

        private Builder(DatasetDescriptor descriptor) {
            this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
            int n = descriptor.columns().size();
            this.values = new Object[n];
            this.qualifiers = new Qualifier[n];
            this.estimated = new boolean[n];
            Arrays.fill(qualifiers, Qualifier.EXACT);
        }

        /**
         * Sets a value. Integral numbers are widened for {@code INTEGER} columns and converted
         * for decimal columns, so {@code set("families", 38210)} works for either.
         *
         * @throws IllegalArgumentException naming the column when it is not declared or the
         *                                  value does not fit its type
         */
        public Builder set(String column, Object value) {
            int i = indexOf(column);
            Column c = descriptor.columns().get(i);
            Object v = Values.coerce(value, c.type());
            if (!c.type().accepts(v)) {
                throw new IllegalArgumentException("column '" + column + "' of dataset '" + descriptor.name()
                        + "' holds " + c.type().id() + " values, not " + value.getClass().getSimpleName() + " '" + value + "'");
            }
            values[i] = v;
            return this;
        }

        /** Marks how the named value relates to the true figure (e.g. "more than"). */
        public Builder qualify(String column, Qualifier qualifier) {
            qualifiers[indexOf(column)] = Objects.requireNonNull(qualifier, "qualifier");
            return this;
        }

        /** Marks the named value as an estimate although the row's source is otherwise published. */
        public Builder estimated(String column) {
            estimated[indexOf(column)] = true;
            return this;
        }

        /** Sets the row's source; required. */
        public Builder provenance(Provenance p) {
            this.provenance = Objects.requireNonNull(p, "provenance");
            return this;
        }

        /** Sets a footnote for the row. */
        public Builder note(String text) {
            this.note = text == null ? "" : text.strip();
            return this;
        }

        /**
         * Builds the row and resets the builder.
         *
         * @throws IllegalStateException when no provenance was given
         */
        public Row build() {
            if (provenance == null) {
                throw new IllegalStateException("row of dataset '" + descriptor.name() + "' has no provenance");
            }
            Row row = new Row(this);
            Arrays.fill(values, null);
            Arrays.fill(qualifiers, Qualifier.EXACT);
            Arrays.fill(estimated, false);
            note = "";
            return row;
        }

        private int indexOf(String column) {
            int i = descriptor.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("dataset '" + descriptor.name() + "' has no column '" + column + "'");
            }
            return i;
        }
    }
}
