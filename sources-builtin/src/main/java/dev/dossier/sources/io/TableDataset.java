package dev.dossier.sources.io;

import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;
import dev.dossier.api.UncheckedSourceException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Dataset} backed by a CSV or JSON file read with {@link TableReader}.
 *
 * <p>{@link #open} reads the file once, checking every row and collecting the distinct sources
 * (memory grows with the number of sources, not rows); each {@link #rows()} call then streams
 * the file again. A file that changes between the two passes is read as it is at each pass.
 *
 * @since 0.1
 */
public final class TableDataset implements Dataset {

    private final TableInput input;
    private final DatasetDescriptor descriptor;
    private final TableSettings settings;
    private final List<Provenance> provenance;

    private TableDataset(TableInput input, DatasetDescriptor descriptor, TableSettings settings,
                         List<Provenance> provenance) {
        this.input = input;
        this.descriptor = descriptor;
        this.settings = settings;
        this.provenance = provenance;
    }

    /**
     * Checks {@code input} against {@code descriptor} and returns a dataset over it.
     *
     * @throws SourceException (bad input) naming file, line and column for the first malformed
     *                         value, missing column or missing source; or when the file has no rows
     */
    public static TableDataset open(TableInput input, DatasetDescriptor descriptor) throws SourceException {
        return open(input, descriptor, TableSettings.DEFAULT);
    }

    /**
     * Checks {@code input}, read with {@code settings}, against {@code descriptor} and returns a dataset over it.
     *
     * <p>With a {@link TableSettings#defaultProvenance() default source} a file without rows is
     * an empty dataset citing that source, not an error.
     *
     * @throws SourceException like {@link #open(TableInput, DatasetDescriptor)}
     * @since 0.2
     */
    public static TableDataset open(TableInput input, DatasetDescriptor descriptor, TableSettings settings)
            throws SourceException {
        Map<String, Provenance> sources = new LinkedHashMap<>();
        try (RowCursor rows = TableReader.open(input, descriptor, settings)) {
            while (rows.hasNext()) {
                Row row = rows.next();
                sources.putIfAbsent(row.provenance().citationKey(), row.provenance());
            }
        } catch (UncheckedSourceException e) {
            throw e.getCause();
        }
        if (sources.isEmpty() && settings.defaultProvenance().isPresent()) {
            return new TableDataset(input, descriptor, settings, List.of(settings.defaultProvenance().get()));
        }
        if (sources.isEmpty()) {
            throw SourceException.badInput(input.name() + ": no rows; dataset '" + descriptor.name()
                    + "' needs at least one row with a source");
        }
        return new TableDataset(input, descriptor, settings, List.copyOf(sources.values()));
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
    public RowCursor rows() throws SourceException {
        return TableReader.open(input, descriptor, settings);
    }

    /** The file behind this dataset. */
    public TableInput input() {
        return input;
    }
}
