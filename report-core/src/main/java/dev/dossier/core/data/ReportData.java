package dev.dossier.core.data;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.api.Dataset;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.api.UncheckedSourceException;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.OpenedSource;
import dev.dossier.core.source.SourceCalls;
import dev.dossier.core.source.OptionValidator;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.ReportDefinition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data of one report run: opens each provider the template uses once, fetches datasets
 * on demand and applies each binding's shaping.
 *
 * <p>Charts and KPIs need every row and use {@link #materialise(DataBinding)}, which caches per
 * binding; tables stream through {@link #rows(DataBinding)}. Not thread-safe. Close it to
 * close every opened source.
 */
public final class ReportData implements AutoCloseable {

    private final ReportDefinition definition;
    private final ProviderRegistry registry;
    private final Locale locale;
    private final Map<String, OpenedSource> open = new HashMap<>();
    private final Duration timeout;
    private final Map<String, Dataset> datasets = new HashMap<>();
    private final Map<String, DossierException> failures = new HashMap<>();
    private final Map<DataBinding, List<Row>> materialised = new HashMap<>();
    private final List<RowCursor> cursors = new ArrayList<>();

    /** A run with the default per-call source timeout ({@link SourceCalls#DEFAULT_TIMEOUT}). */
    public ReportData(ReportDefinition definition, ProviderRegistry registry, Locale locale) {
        this(definition, registry, locale, SourceCalls.DEFAULT_TIMEOUT);
    }

    /** @param timeout the longest any single call into a provider may take */
    public ReportData(ReportDefinition definition, ProviderRegistry registry, Locale locale, Duration timeout) {
        this.definition = definition;
        this.registry = registry;
        this.locale = locale;
        this.timeout = timeout;
    }

    /**
     * The dataset a binding refers to (descriptor and provenance), fetched once per run.
     *
     * @throws DossierException INPUT when the user's data is at fault, FAILURE when the source fails
     */
    public Dataset dataset(DataBinding b) {
        DossierException failed = failures.get(b.ref());
        if (failed != null) {
            throw failed; // the first reason, not "abandoned" on a later attempt (the layout runs twice)
        }
        try {
            return datasets.computeIfAbsent(b.ref(), ref -> fetch(b));
        } catch (DossierException e) {
            failures.put(b.ref(), e);
            throw e;
        }
    }

    /** A cursor over the binding's shaped rows; the caller closes it. */
    public RowCursor rows(DataBinding b) {
        Dataset d = dataset(b);
        try {
            RowCursor raw = d.rows();
            cursors.add(raw); // asked for its warnings at the end of the run
            return Shaping.apply(b, raw);
        } catch (SourceException e) {
            throw failure(b, e);
        }
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
        } catch (UncheckedSourceException e) {
            throw failure(b, e.getCause());
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
            throw DossierException.input(code, b.location() + ": " + what + ": no row of '" + b.ref() + "' matches " + b.where());
        }
        if (rows.size() > 1 && b.sort().isEmpty()) {
            // a printed figure is a claim: it must not depend on which of several rows comes first
            throw DossierException.input(ErrorCode.FIGURE_AMBIGUOUS, b.location() + ": " + what + ": " + rows.size()
                    + " rows of '" + b.ref() + "' match " + b.where() + "; add filters so exactly one row matches");
        }
        return rows.get(0);
    }

    /**
     * What the sources worked around in the rows read so far ({@code NaN} read as a missing value),
     * one line each, each line once however often its dataset was read.
     */
    public List<String> warnings() {
        java.util.Set<String> lines = new java.util.LinkedHashSet<>();
        cursors.forEach(c -> lines.addAll(c.warnings()));
        return List.copyOf(lines);
    }

    /** The first shaped row of a binding, if any. */
    public Optional<Row> first(DataBinding b) {
        List<Row> rows = materialise(b);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private Dataset fetch(DataBinding b) {
        return open.computeIfAbsent(b.source(), this::openSource).fetch(b.dataset());
    }

    /** Opens a provider with validated options, through the timed, row-checking call layer. */
    private OpenedSource openSource(String id) {
        LoadedProvider p = registry.find(definition.providerId(id)).orElseThrow(() ->
                DossierException.input(ErrorCode.TEMPLATE_UNKNOWN_SOURCE, "unknown source '" + id + "'"));
        SourceOptions options = OptionValidator.validate(p, definition.optionsFor(id), definition.baseDirectory());
        SourceContext context = new SourceContext(options, definition.parameters(), locale, definition.baseDirectory());
        return SourceCalls.open(p, context, timeout);
    }

    private static DossierException failure(DataBinding b, SourceException e) {
        return new DossierException(e.isBadInput() ? ErrorCode.SOURCE_INPUT : ErrorCode.SOURCE_FAILED,
                e.isBadInput() ? DossierException.Kind.INPUT : DossierException.Kind.FAILURE,
                (e.isBadInput() ? "" : "source '" + b.source() + "' failed on dataset '" + b.dataset() + "': ")
                        + e.getMessage(), e);
    }

    @Override
    public void close() {
        open.values().forEach(OpenedSource::close);
        open.clear();
    }
}
