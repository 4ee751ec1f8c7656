package dev.dossier.core.resolve;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.FigureRef;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.text.DidYouMean;
import dev.dossier.api.Column;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.ProviderRegistry;

import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.source.OptionValidator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Checks a template's bindings against the available providers without fetching data:
 * every source, dataset and column a block or figure reference names must exist, and chart
 * values must be numeric.
 *
 * <p>All problems are collected; the first one's code decides the error code
 * ({@code DOS-TEMPLATE-UNKNOWN-SOURCE}, {@code DOS-TEMPLATE-UNKNOWN-DATASET},
 * {@code DOS-TEMPLATE-UNKNOWN-COLUMN}, {@code DOS-TEMPLATE-BAD-COLUMN}).
 */
public final class BindingValidator {

    private final ProviderRegistry registry;
    private final Map<String, List<DatasetDescriptor>> offered = new HashMap<>();
    private ReportDefinition definition;
    private final java.util.Set<String> reportedUnknown = new java.util.HashSet<>();

    public BindingValidator(ProviderRegistry registry) {
        this.registry = registry;
    }

    private record Problem(ErrorCode code, String message) {
    }

    /**
     * Validates every binding of the template.
     *
     * @throws DossierException INPUT listing every problem found, one line each
     */
    public void validate(ReportDefinition def) {
        this.definition = def;
        this.offered.clear();
        this.reportedUnknown.clear();
        List<Problem> problems = new ArrayList<>();
        for (String name : def.sourceOptions().keySet()) {
            String id = def.providerId(name);
            registry.find(id).ifPresent(p -> offered(name, p, problems)); // options are checked even for a source no block uses
            if (registry.find(id).isEmpty() && reportedUnknown.add(name)) {
                problems.add(registry.duplicate(id).isPresent()
                        ? new Problem(ErrorCode.PLUGIN_DUPLICATE, def.file() + ": source '" + name + "': " + registry.duplicate(id).get())
                        : new Problem(ErrorCode.TEMPLATE_UNKNOWN_SOURCE, def.file() + ": source '" + name + "': unknown provider '"
                        + id + "'" + DidYouMean.hint(id, ids()) + "; available: " + String.join(", ", ids()) + registry.whyMissing(id)));
            }
        }
        def.sections().forEach(sec -> {
            refs(sec.title(), sec.location(), problems);
            refs(sec.lead(), sec.location(), problems);
        });
        def.blocks().forEach(block -> check(block, problems));
        if (!problems.isEmpty()) {
            throw new DossierException(problems.get(0).code(), DossierException.Kind.INPUT, problems.get(0).message(),
                    problems.subList(1, problems.size()).stream().map(Problem::message).toList(), null);
        }
    }

    private void check(Block block, List<Problem> problems) {
        if (block instanceof Block.Text t) {
            try {
                for (FigureRef ref : FigureRef.findAll(t.markdown(), t.location())) {
                    columns(ref.binding(), List.of(ref.column()), false, problems);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(ErrorCode.TEMPLATE_BAD_REFERENCE, t.location() + ": " + e.getMessage()));
            }
        } else if (block instanceof Block.Kpis k) {
            k.tiles().forEach(tile -> columns(tile.data(), List.of(tile.value()), true, problems));
            k.tiles().forEach(tile -> {
                refs(tile.label(), k.location(), problems);
                refs(tile.detail(), k.location(), problems);
            });
        } else if (block instanceof Block.Chart c) {
            List<String> named = new ArrayList<>();
            named.add(c.x());
            if (c.series() != null) {
                named.add(c.series());
            }
            columns(c.data(), named, false, problems);
            columns(c.data(), c.y(), true, problems);
            refs(c.title(), c.location(), problems);
            refs(c.subtitle(), c.location(), problems);
            refs(c.note(), c.location(), problems);
        } else if (block instanceof Block.Table t) {
            columns(t.data(), t.columns(), false, problems);
            if (!t.decimals().isEmpty()) {
                columns(t.data(), List.copyOf(t.decimals().keySet()), true, problems); // decimals only for figures
            }
            refs(t.title(), t.location(), problems);
            refs(t.subtitle(), t.location(), problems);
            refs(t.note(), t.location(), problems);
        }
    }

    /** Checks the figure references in a title, subtitle, note, lead or KPI label (see {@link InlineFigures}). */
    private void refs(String text, dev.dossier.core.template.SourceLocation at, List<Problem> problems) {
        if (text == null || !text.contains("{{")) {
            return;
        }
        try {
            for (FigureRef ref : FigureRef.findAll(text, at)) {
                columns(ref.binding(), List.of(ref.column()), false, problems);
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(ErrorCode.TEMPLATE_BAD_REFERENCE, at + ": " + e.getMessage()));
        }
    }

    /** Checks the binding's dataset and that each named column exists (and is numeric when asked). */
    private void columns(DataBinding b, List<String> names, boolean numeric, List<Problem> problems) {
        Optional<DatasetDescriptor> found = descriptor(b, problems);
        if (found.isEmpty()) {
            return;
        }
        DatasetDescriptor d = found.get();
        List<String> all = new ArrayList<>(names);
        all.addAll(b.shapingColumns());
        List<String> known = d.columns().stream().map(Column::name).toList();
        for (String name : all) {
            Optional<Column> col = d.column(name);
            if (col.isEmpty()) {
                problems.add(new Problem(ErrorCode.TEMPLATE_UNKNOWN_COLUMN, b.location() + ": dataset '" + b.ref()
                        + "' has no column '" + name + "'" + DidYouMean.hint(name, known)
                        + "; columns are " + String.join(", ", known)));
            } else if (numeric && names.contains(name) && !col.get().type().isNumeric()) {
                problems.add(new Problem(ErrorCode.TEMPLATE_BAD_COLUMN, b.location() + ": column '" + name + "' of '"
                        + b.ref() + "' is " + col.get().type().id() + ", but a number is needed here"));
            }
        }
    }

    private Optional<DatasetDescriptor> descriptor(DataBinding b, List<Problem> problems) {
        Optional<LoadedProvider> provider = registry.find(definition.providerId(b.source()));
        if (provider.isEmpty()) {
            if (!reportedUnknown.add(b.source())) {
                return Optional.empty(); // one line per unknown source is enough
            }
            String id = definition.providerId(b.source());
            problems.add(registry.duplicate(id).isPresent()
                    ? new Problem(ErrorCode.PLUGIN_DUPLICATE, b.location() + ": source '" + b.source() + "': "
                    + registry.duplicate(id).get())
                    : new Problem(ErrorCode.TEMPLATE_UNKNOWN_SOURCE, b.location() + ": unknown source '" + b.source()
                    + "' in '" + b.ref() + "'" + DidYouMean.hint(b.source(), ids()) + "; available: "
                    + String.join(", ", ids()) + registry.whyMissing(id)));
            return Optional.empty();
        }
        List<DatasetDescriptor> offered = offered(b.source(), provider.get(), problems);
        if (offered == null) {
            return Optional.empty();
        }
        Optional<DatasetDescriptor> d = offered.stream().filter(x -> x.name().equals(b.dataset())).findFirst();
        // a chart checks its binding twice (labels, then values): one line per unknown dataset and place
        if (d.isEmpty() && reportedUnknown.add(b.location() + " " + b.ref())) {
            List<String> names = offered.stream().map(DatasetDescriptor::name).toList();
            problems.add(new Problem(ErrorCode.TEMPLATE_UNKNOWN_DATASET, b.location() + ": unknown dataset '" + b.ref() + "'"
                    + DidYouMean.closest(b.dataset(), names).map(n -> " (did you mean '" + b.source() + "/" + n + "'?)").orElse("")
                    + "; source '" + b.source() + "' offers " + String.join(", ", names)));
        }
        return d;
    }

    /**
     * The datasets a source offers with the template's options for it (a generic csv source
     * learns its columns from its options), computed once per source name; null after a reported problem.
     */
    private List<DatasetDescriptor> offered(String name, LoadedProvider p, List<Problem> problems) {
        if (offered.containsKey(name)) {
            return offered.get(name);
        }
        List<DatasetDescriptor> result = null;
        try {
            SourceOptions options = OptionValidator.validate(p, definition.optionsFor(name), definition.baseDirectory());
            result = p.datasets(options);
        } catch (DossierException e) {
            problems.add(new Problem(e.errorCode(), e.getMessage()));
            e.details().stream().filter(d -> !d.equals(e.getMessage())).forEach(d -> problems.add(new Problem(e.errorCode(), d)));
        } catch (SourceException e) {
            problems.add(new Problem(ErrorCode.SOURCE_OPTION, definition.file() + ": source '" + name + "': " + e.getMessage()));
        }
        offered.put(name, result);
        return result;
    }

    private List<String> ids() {
        return registry.providers().stream().map(l -> l.provider().id()).toList();
    }
}
