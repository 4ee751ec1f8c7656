package dev.dossier.sources.io;

import java.util.List;

/**
 * The conventional columns that carry each row's source in a data file, next to the dataset's own columns.
 *
 * <p>They are not declared in the {@link dev.dossier.api.DatasetDescriptor}; the reader turns them
 * into the row's {@link dev.dossier.api.Provenance} and note:
 * <ul>
 *   <li>{@value #SOURCE_TITLE} — title of the cited work; required, never blank</li>
 *   <li>{@value #SOURCE_URL} — one or more addresses separated by {@code " ; "}; the column is
 *       required, a cell may be empty</li>
 *   <li>{@value #PUBLISHER} — optional column</li>
 *   <li>{@value #AS_OF} — date or period the figure refers to; optional column</li>
 *   <li>{@value #CONFIDENCE} — {@code published}, {@code estimate}, {@code blog post} or
 *       {@code not found}; required</li>
 *   <li>{@value #NOTES} — footnote for the row ({@link dev.dossier.api.Row#note()}); optional column</li>
 * </ul>
 *
 * @since 0.1
 */
public final class ProvenanceColumns {

    public static final String SOURCE_TITLE = "source_title";
    public static final String SOURCE_URL = "source_url";
    public static final String PUBLISHER = "publisher";
    public static final String AS_OF = "as_of";
    public static final String CONFIDENCE = "confidence";
    public static final String NOTES = "notes";

    /** The columns every file must have. */
    public static final List<String> REQUIRED = List.of(SOURCE_TITLE, SOURCE_URL, CONFIDENCE);

    /** All conventional columns, in the order curated files write them. */
    public static final List<String> ALL = List.of(SOURCE_TITLE, SOURCE_URL, PUBLISHER, AS_OF, CONFIDENCE, NOTES);

    private ProvenanceColumns() {
    }
}
