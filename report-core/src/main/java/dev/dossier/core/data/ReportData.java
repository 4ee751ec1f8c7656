package dev.dossier.core.data;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;
import dev.dossier.api.UncheckedSourceException;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.source.SourceCalls;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.ReportDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data of one report run: each dataset a binding names is fetched once from a
 * {@link DatasetFetcher} and stored ({@link StoredDataset}); every binding then shapes the
 * stored rows, so a chart, a table, KPIs and figure references on one dataset read it once.
 *
 * <p>Charts and KPIs need every row and use {@link #materialise(DataBinding)}, which caches per
 * binding; tables stream through {@link #rows(DataBinding)}, which may be called again (the
 * stored rows are re-read, never the source). Not thread-safe. Close it to close the fetcher and
 * delete spooled rows.
 *
 * <p>Rows dated after the edition date ({@link EditionCutoff}) are stored, but shaped rows leave
 * them out unless the binding keeps them ({@code later: include}); {@link #infos()} says how many
 * rows of which dataset were left out.
 */
public final class ReportData implements AutoCloseable {

    private final DatasetFetcher fetcher;
    private final Map<String, StoredDataset> datasets = new LinkedHashMap<>();
    private final Map<String, DossierException> failures = new HashMap<>();
    private final Map<DataBinding, List<Row>> materialised = new HashMap<>();
    private final EditionCutoff edition;
    private final Map<String, Integer> later = new HashMap<>();
    private final java.util.Set<String> cut = new java.util.LinkedHashSet<>();

    /** A run on the live data sources, with the default per-call source timeout. */
    public ReportData(ReportDefinition definition, ProviderRegistry registry, Locale locale) {
        this(new SourceFetcher(definition, registry, locale, SourceCalls.DEFAULT_TIMEOUT));
    }

    /** A run on the datasets {@code fetcher} supplies; closing this closes it. */
    public ReportData(DatasetFetcher fetcher) {
        this(fetcher, EditionCutoff.NONE);
    }

    /** A run on the datasets {@code fetcher} supplies, leaving out rows dated after {@code edition}'s date. */
    public ReportData(DatasetFetcher fetcher, EditionCutoff edition) {
        this.fetcher = fetcher;
        this.edition = edition;
    }

    /** The edition date rows are cut at; {@link EditionCutoff#NONE} when there is none. */
    public EditionCutoff edition() {
        return edition;
    }

    /**
     * The dataset a binding refers to, fetched and stored once per run.
     *
     * @throws DossierException INPUT when the user's data is at fault, FAILURE when the source fails
     */
    public StoredDataset dataset(DataBinding b) {
        DossierException failed = failures.get(b.ref());
        if (failed != null) {
            throw failed; // the first reason, not "abandoned" on a later attempt
        }
        StoredDataset stored = datasets.get(b.ref());
        if (stored != null) {
            return stored;
        }
        try {
            stored = StoredDataset.read(fetcher.fetch(b));
        } catch (SourceException e) {
            throw remember(b, failure(b, e));
        } catch (UncheckedSourceException e) {
            throw remember(b, failure(b, e.getCause()));
        } catch (DossierException e) {
            throw remember(b, e);
        }
        datasets.put(b.ref(), stored);
        later.put(b.ref(), edition.countLater(stored.rows()));
        return stored;
    }

    /** What the sources worked around in the datasets fetched so far, one line each, in the order first used. */
    public List<String> warnings() {
        return datasets.values().stream().flatMap(d -> d.warnings().stream()).distinct().toList();
    }

    /**
     * One line for each dataset whose rows dated after the edition date were left out of a block,
     * e.g. "edition 2025-Q4 (to 2025-12-31): left out 2 rows of 'chips/export-controls' …", in the order first used.
     */
    public List<String> infos() {
        return cut.stream().map(ref -> edition.leftOutLine(ref, later.get(ref))).toList();
    }

    /** Every dataset fetched so far, by {@code source/dataset}, in the order first used. */
    public Map<String, StoredDataset> fetched() {
        return java.util.Collections.unmodifiableMap(datasets);
    }

    private DossierException remember(DataBinding b, DossierException e) {
        failures.put(b.ref(), e);
        return e;
    }

    /** A cursor over the binding's shaped rows, read from the stored dataset; the caller closes it. */
    public RowCursor rows(DataBinding b) {
        StoredDataset stored = dataset(b);
        if (b.includeLater() || later.getOrDefault(b.ref(), 0) == 0) {
            return Shaping.apply(b, stored.rows());
        }
        cut.add(b.ref());
        return Shaping.apply(b, edition.keepEdition(stored.rows()));
    }
    /** Every shaped row of a binding, cached for the run. */
    public List<Row> materialise(DataBinding b) {
        List<Row> cached = materialised.get(b);
        if (cached != null) {
            return cached;
        }
        List<Row> rows = new ArrayList<>();
        try (RowCursor c = rows(b)) {
            while (c.hasNext()) {
                rows.add(c.next());
            }
        }
        List<Row> result = List.copyOf(rows);
        materialised.put(b, result);
        return result;
    }

    /**
     * The first shaped row of a binding, which a KPI tile or a figure reference prints.
     *
     * @param code {@code DOS-KPI-NO-ROW} or {@code DOS-TEXT-NO-ROW}
     * @param what what needs the row, e.g. "KPI 'AI companies'"; starts the message after the location
     * @throws DossierException INPUT with {@code code} when no row matches the binding's filters, and
     *                          {@code DOS-FIGURE-AMBIGUOUS} when several do (and no sort picks one)
     */
    public Row require(DataBinding b, ErrorCode code, String what) {
        List<Row> rows = materialise(b);
        if (rows.isEmpty()) {
            int later = b.includeLater() ? 0 : this.later.getOrDefault(b.ref(), 0);
            throw DossierException.input(code, b.location() + ": " + what + ": no row of '" + b.ref() + "' matches " + b.where()
                    + (later == 0 ? "" : " among the rows of the " + edition.label() + " (" + later
                    + " dated after " + edition.date().orElseThrow() + " are left out; 'later: include' keeps them)"));
        }
        if (rows.size() > 1 && b.sort().isEmpty()) {
            // a printed figure is a claim: it must not depend on which of several rows comes first
            throw DossierException.input(ErrorCode.FIGURE_AMBIGUOUS, b.location() + ": " + what + ": " + rows.size()
                    + " rows of '" + b.ref() + "' match " + b.where() + "; add filters so exactly one row matches");
        }
        return rows.get(0);
    }

    /** The first shaped row of a binding, if any. */
    public Optional<Row> first(DataBinding b) {
        List<Row> rows = materialise(b);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static DossierException failure(DataBinding b, SourceException e) {
        return new DossierException(e.isBadInput() ? ErrorCode.SOURCE_INPUT : ErrorCode.SOURCE_FAILED,
                e.isBadInput() ? DossierException.Kind.INPUT : DossierException.Kind.FAILURE,
                (e.isBadInput() ? "" : "source '" + b.source() + "' failed on dataset '" + b.dataset() + "': ")
                        + e.getMessage(), e);
    }

    @Override
    public void close() {
        datasets.values().forEach(StoredDataset::close);
        datasets.clear();
        fetcher.close();
    }
}
