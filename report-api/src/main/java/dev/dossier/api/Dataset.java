package dev.dossier.api;

import java.util.List;

/**
 * A named, typed table of values offered by a {@link DataSourceProvider}.
 *
 * <p>Rows are produced lazily by {@link #rows()}; callers must close the cursor. Column
 * types and units are fixed by {@link #descriptor()}, and every row's values follow them.
 *
 * <p>Every dataset carries at least one {@link Provenance}; the engine prints it under each
 * chart and table built from this dataset and numbers it in the sources appendix. Each
 * row's own {@link Row#provenance()} cites one of {@link #provenance()} (same title and
 * URL, see {@link Provenance#citationKey()}); its confidence may differ from row to row,
 * because one source can state some figures and only estimate others.
 *
 * @since 0.1
 */
public interface Dataset {

    /** The dataset's name and column layout; never null. */
    DatasetDescriptor descriptor();

    /** The distinct sources this dataset draws on, in first-use order; never empty. */
    List<Provenance> provenance();

    /**
     * Opens a new cursor over the rows, in the dataset's natural order.
     *
     * <p>May be called more than once per run (a dataset used by a chart and a table); each
     * call starts again from the first row.
     *
     * @throws SourceException when the rows cannot be read (the file vanished, the query failed)
     */
    RowCursor rows() throws SourceException;
}
