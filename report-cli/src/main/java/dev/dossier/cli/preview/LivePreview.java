package dev.dossier.cli.preview;

import dev.dossier.core.ReportEngine;
import dev.dossier.core.data.DatasetCache;
import dev.dossier.core.data.OptionPaths;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.template.ParameterSubstitution;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.TemplateLoader;
import dev.dossier.core.theme.ThemeLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A live preview of a template in the browser: renders it, serves the pages as images with the
 * outline beside them on {@code http://127.0.0.1:PORT/}, and renders again whenever the template,
 * its theme, or a data file its sources name is saved; open pages update themselves.
 *
 * <p>Datasets are kept across renders ({@link DatasetCache}); a save drops only those whose
 * source options name the saved file or a folder holding it, so unchanged data is not read
 * again. A failed render keeps the last good one on the page, with the error above it.
 *
 * <p>{@link #close()} stops the server and the watching and deletes the preview's files.
 */
public final class LivePreview implements AutoCloseable {

    /** How long a burst of file events must be quiet before the preview renders again. */
    private static final Duration DEBOUNCE = Duration.ofMillis(200);

    private final Path template;
    private final Map<String, String> parameters;
    private final String theme;
    private final ReportEngine engine;
    private final DatasetCache cache = new DatasetCache();
    private final PreviewRenderer renderer;
    private final Path work;
    private final float dpi;
    private final Consumer<String> log;
    private final SaveWatcher watcher;
    private final PreviewServer server;
    private volatile PreviewState state;
    private volatile PageImages images;
    private Set<Path> watched = Set.of();

    private LivePreview(ReportEngine engine, Path template, Map<String, String> parameters, String theme, int port,
                        float dpi, Consumer<String> log) throws IOException {
        this.template = template.toAbsolutePath().normalize();
        this.parameters = Map.copyOf(parameters);
        this.theme = theme;
        this.engine = engine.withDatasetCache(cache);
        this.work = Files.createTempDirectory("dossier-preview-");
        this.renderer = new PreviewRenderer(this.engine, this.template, parameters, theme, work);
        this.dpi = dpi;
        this.log = log;
        this.state = new PreviewState(0, template.toString(), null, null);
        this.watcher = new SaveWatcher(DEBOUNCE, this::saved);
        PreviewServer started = null;
        try {
            render();
            started = new PreviewServer(port, () -> state, () -> images);
        } finally {
            this.server = started;
            if (started == null) {
                close(); // the port is taken, or rendering broke: leave nothing running or on disk
            }
        }
    }

    /**
     * Renders {@code template} and starts serving it; returns once the first render is done
     * (whether it succeeded or not) and the server listens.
     *
     * @param engine     the engine to render with (its providers, themes and timeout)
     * @param parameters {@code -p} overrides
     * @param theme      a theme name or file overriding the template's; null to keep it
     * @param port       the loopback port; 0 for any free one
     * @param dpi        resolution of the page images, 10 to 600
     * @param log        told one line per render and per save
     * @throws IOException when the port cannot be bound or the work folder cannot be made
     */
    public static LivePreview start(ReportEngine engine, Path template, Map<String, String> parameters, String theme,
                                    int port, float dpi, Consumer<String> log) throws IOException {
        return new LivePreview(engine, template, parameters, theme, port, dpi, log);
    }

    /** The page's address, {@code http://127.0.0.1:PORT/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    /** How many datasets were read from their sources so far (the rest came from the cache). */
    public int datasetReads() {
        return cache.fetches();
    }

    private void saved(Set<Path> files) {
        List<String> dropped = cache.invalidate(files);
        log.accept("saved " + String.join(", ", files.stream().map(f -> template.getParent().relativize(f).toString()).toList())
                + (dropped.isEmpty() ? "" : "; reading again " + String.join(", ", dropped)));
        render();
        PreviewServer serving = server;
        if (serving != null) { // null while the first render runs: the page does not exist yet
            serving.publish(state.version());
        }
    }

    private synchronized void render() {
        int number = state.version() + 1;
        long start = System.nanoTime();
        try {
            Rendering good = renderer.render(number);
            Rendering old = state.good();
            images = new PageImages(good, dpi);
            state = new PreviewState(number, state.template(), good, null);
            if (old != null) {
                PreviewRenderer.discard(old);
            }
            log.accept(String.format("rendered %d page%s in %.1f s", good.pages().size(), good.pages().size() == 1 ? "" : "s",
                    (System.nanoTime() - start) / 1e9));
        } catch (DossierException e) {
            state = new PreviewState(number, state.template(), state.good(),
                    new PreviewState.Problem(e.code(), e.getMessage(), e.details()));
            log.accept(e.code() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            state = new PreviewState(number, state.template(), state.good(),
                    new PreviewState.Problem(ErrorCode.INTERNAL.toString(), e.toString(), List.of()));
            log.accept(ErrorCode.INTERNAL + ": " + e);
        }
        watchInputs();
    }

    /** Watches the template, its theme file and the files its sources name, as far as the template can be read. */
    private void watchInputs() {
        Set<Path> inputs = new LinkedHashSet<>(watched);
        inputs.add(template);
        try {
            // with parameters in place, as the run had them: a source option may read data/{region}.csv
            ReportDefinition def = ParameterSubstitution.apply(new TemplateLoader().load(template).withParameters(parameters));
            inputs = new LinkedHashSet<>(List.of(template));
            inputs.addAll(OptionPaths.of(def));
            String name = theme != null ? theme : def.theme() != null ? def.theme() : ThemeLoader.DEFAULT_THEME;
            inputs.add(engine.themes().resolve(name, def.baseDirectory()));
        } catch (DossierException e) {
            // a broken template or a missing theme: keep watching what was watched, so the fix is seen
        }
        try {
            watcher.watch(inputs);
            watched = inputs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + inputs, e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        try {
            watcher.close();
        } catch (IOException ignored) {
            // the watching thread stops with the process
        }
        cache.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
