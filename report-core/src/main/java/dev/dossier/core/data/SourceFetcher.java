package dev.dossier.core.data;

import dev.dossier.api.Dataset;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.OpenedSource;
import dev.dossier.core.source.OptionValidator;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.source.SourceCalls;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.ReportDefinition;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches datasets from the live data sources: opens each source the template names once, with
 * validated options, through the timed, row-checking call layer ({@link SourceCalls}).
 * {@link #close()} closes every opened source.
 */
public final class SourceFetcher implements DatasetFetcher {

    private final ReportDefinition definition;
    private final ProviderRegistry registry;
    private final Locale locale;
    private final Duration timeout;
    private final Map<String, OpenedSource> open = new HashMap<>();

    /** @param timeout the longest any single call into a provider may take */
    public SourceFetcher(ReportDefinition definition, ProviderRegistry registry, Locale locale, Duration timeout) {
        this.definition = definition;
        this.registry = registry;
        this.locale = locale;
        this.timeout = timeout;
    }

    @Override
    public Dataset fetch(DataBinding b) {
        return open.computeIfAbsent(b.source(), this::openSource).fetch(b.dataset());
    }

    private OpenedSource openSource(String id) {
        String providerId = definition.providerId(id);
        LoadedProvider p = registry.find(providerId).orElseThrow(() -> registry.duplicate(providerId)
                .map(why -> DossierException.input(ErrorCode.PLUGIN_DUPLICATE, "source '" + id + "': " + why))
                .orElseGet(() -> DossierException.input(ErrorCode.TEMPLATE_UNKNOWN_SOURCE, "unknown source '" + id + "'"
                        + registry.whyMissing(providerId))));
        SourceOptions options = OptionValidator.validate(p, definition.optionsFor(id), definition.baseDirectory());
        SourceContext context = new SourceContext(options, definition.parameters(), locale, definition.baseDirectory());
        return SourceCalls.open(p, context, timeout);
    }

    @Override
    public void close() {
        open.values().forEach(OpenedSource::close);
        open.clear();
    }
}
