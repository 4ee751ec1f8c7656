package dev.dossier.core.source;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.DataSource;
import dev.dossier.api.Row;
import dev.dossier.api.SourceContext;
import dev.dossier.core.error.DossierException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The way the engine calls a provider's code: opening, fetching and reading rows, each bounded
 * by a per-source timeout and each failure turned into a {@link DossierException} that names the
 * provider and dataset.
 *
 * <p>Typical use, one source per report run:
 * <pre>{@code
 * SourceOptions options = OptionValidator.validate(provider, templateOptions, templateDir);
 * try (OpenedSource source = SourceCalls.open(provider, new SourceContext(options, params, locale, templateDir))) {
 *     Dataset table = source.fetch("researcher-origin");   // rows stream, checked as read
 *     List<Row> points = source.fetchAll("researcher-workplace");
 * }
 * }</pre>
 *
 * <p>The timeout bounds each call into the provider — {@code open}, {@code fetch},
 * {@code rows()}, each read of up to 256 rows, {@code close} — not the run as a whole, so a
 * large table that streams steadily is not cut off while one that stalls is. A provider that
 * overruns is interrupted and abandoned ({@code DOS-SOURCE-TIMEOUT}).
 *
 * <p>Stateless and thread-safe; each {@link OpenedSource} has its own worker thread.
 *
 * @since 0.1
 */
public final class SourceCalls {

    /** The timeout applied when none is given: 30 seconds per call. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private SourceCalls() {
    }

    /** Opens a source with the {@linkplain #DEFAULT_TIMEOUT default timeout}; see {@link #open(LoadedProvider, SourceContext, Duration)}. */
    public static OpenedSource open(LoadedProvider provider, SourceContext context) {
        return open(provider, context, DEFAULT_TIMEOUT);
    }

    /**
     * Calls the provider's {@code open} on a worker thread whose context class loader is the plugin's.
     *
     * @param context validated options (see {@link OptionValidator}), parameters, locale, base folder
     * @param timeout bound on each call into the provider; positive
     * @throws DossierException {@code DOS-SOURCE-TIMEOUT}, {@code DOS-SOURCE-INPUT} or {@code DOS-SOURCE-FAILED}
     *                          naming the provider
     */
    public static OpenedSource open(LoadedProvider provider, SourceContext context, Duration timeout) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(context, "context");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        ProviderWorker worker = new ProviderWorker(provider, timeout, SecretMask.of(provider, context.options()));
        try {
            DataSource source = worker.call(Failures.where(provider, null), "open",
                    () -> provider.provider().open(context));
            if (source == null) {
                throw DossierException.failure(Failures.FAILED, Failures.where(provider, null) + ": open returned no source", null);
            }
            List<DatasetDescriptor> offered = worker.call(Failures.where(provider, null), "datasets",
                    () -> provider.provider().datasets(context.options()));
            return new OpenedSource(provider, source, worker, offered);
        } catch (RuntimeException e) {
            worker.close();
            throw e;
        }
    }

    /**
     * Opens the source, reads every row of one dataset and closes the source again.
     *
     * @return the rows in order; unmodifiable
     * @throws DossierException as {@link #open(LoadedProvider, SourceContext, Duration)} and {@link OpenedSource#fetch(String)}
     */
    public static List<Row> fetchAll(LoadedProvider provider, SourceContext context, String dataset, Duration timeout) {
        try (OpenedSource source = open(provider, context, timeout)) {
            return source.fetchAll(dataset);
        }
    }
}
