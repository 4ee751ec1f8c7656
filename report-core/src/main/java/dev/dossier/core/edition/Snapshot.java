package dev.dossier.core.edition;

import dev.dossier.api.Row;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The data one edition of a report printed: enough to render it again without any source and to
 * compare it with the next edition.
 *
 * <p>Holds the template as named and its SHA-256 digest, the report parameters, the theme, the
 * edition date, each dataset used (descriptor, provenance, the rows used in their original order)
 * and the KPI figures printed. It never holds source options, so no secret option value can be
 * written to a snapshot file.
 *
 * <p>Immutable and thread-safe. Two snapshots are equal when every field and every row value,
 * qualifier, estimate mark, row provenance and row note are equal ({@link java.math.BigDecimal}
 * scale included).
 *
 * @param formatVersion  the snapshot format this value follows; {@link #FORMAT_VERSION} for snapshots made now
 * @param template       the template path as given on the command line, e.g. {@code templates/china-ai-briefing.yaml}
 * @param templateDigest SHA-256 of the template file's bytes, 64 lower-case hex digits; empty when unknown
 * @param parameters     report parameters ({@code edition}, {@code locale}, …), sorted by name; never null
 * @param theme          the theme as named (a name such as {@code dossier} or a path); empty for the default
 * @param editionDate    the edition date: the last day of the {@code edition} parameter's period when it is
 *                       one ({@code 2025-Q4} → 2025-12-31, see {@link EditionCutoff}), else the date printed on
 *                       the cover; null when the report has none. Snapshots written by earlier builds hold the
 *                       cover date here for a period edition too (see {@code EditionCutoff.redate})
 * @param datasets       each dataset used, refs unique, in first-use order
 * @param figures        the KPI figures printed, in print order; each names a dataset of {@code datasets}
 *                       and a row index within it
 * @since 0.1
 */
public record Snapshot(int formatVersion, String template, String templateDigest, Map<String, String> parameters,
                       String theme, LocalDate editionDate, List<SnapshotDataset> datasets,
                       List<SnapshotFigure> figures) {

    /** The snapshot format version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /**
     * @throws IllegalArgumentException when the version is not positive, a dataset ref appears twice,
     *                                  or a figure names a dataset, column or row the snapshot lacks
     */
    public Snapshot {
        if (formatVersion < 1) {
            throw new IllegalArgumentException("snapshot format version must be 1 or more, not " + formatVersion);
        }
        Objects.requireNonNull(template, "template");
        templateDigest = templateDigest == null ? "" : templateDigest;
        SortedMap<String, String> sorted = new TreeMap<>(parameters == null ? Map.of() : parameters);
        parameters = Collections.unmodifiableSortedMap(sorted);
        theme = theme == null ? "" : theme;
        datasets = List.copyOf(datasets);
        figures = List.copyOf(figures == null ? List.of() : figures);
        long refs = datasets.stream().map(SnapshotDataset::ref).distinct().count();
        if (refs != datasets.size()) {
            throw new IllegalArgumentException("a dataset appears twice in the snapshot");
        }
        for (SnapshotFigure f : figures) {
            SnapshotDataset d = datasets.stream().filter(s -> s.ref().equals(f.ref())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("figure '" + f.label() + "' names dataset '" + f.ref()
                            + "', which the snapshot does not hold"));
            if (f.row() >= d.rows().size()) {
                throw new IllegalArgumentException("figure '" + f.label() + "' names row " + f.row() + " of dataset '"
                        + f.ref() + "', which holds " + d.rows().size() + " rows");
            }
            if (d.descriptor().indexOf(f.column()) < 0) {
                throw new IllegalArgumentException("figure '" + f.label() + "' names column '" + f.column()
                        + "', which dataset '" + f.ref() + "' does not declare");
            }
        }
    }

    /** A snapshot in the current {@link #FORMAT_VERSION}. */
    public static Snapshot of(String template, String templateDigest, Map<String, String> parameters, String theme,
                              LocalDate editionDate, List<SnapshotDataset> datasets, List<SnapshotFigure> figures) {
        return new Snapshot(FORMAT_VERSION, template, templateDigest, parameters, theme, editionDate, datasets, figures);
    }

    /** This snapshot with another edition date; the same snapshot when the date is equal. */
    public Snapshot withEditionDate(LocalDate date) {
        return Objects.equals(date, editionDate) ? this
                : new Snapshot(formatVersion, template, templateDigest, parameters, theme, date, datasets, figures);
    }

    /** The dataset with this {@code source/dataset} ref, if the edition used it. */
    public Optional<SnapshotDataset> dataset(String ref) {
        return datasets.stream().filter(d -> d.ref().equals(ref)).findFirst();
    }

    /**
     * The row a figure of this snapshot printed.
     *
     * @throws java.util.NoSuchElementException when the figure names a dataset this snapshot does not hold
     */
    public Row row(SnapshotFigure figure) {
        return dataset(figure.ref()).orElseThrow().rows().get(figure.row());
    }
}
