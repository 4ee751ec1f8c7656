package dev.dossier.core;

import dev.dossier.core.chart.ChartFonts;
import dev.dossier.core.chart.ChartRenderer;
import dev.dossier.core.chart.ChartStyle;
import dev.dossier.core.data.DatasetCache;
import dev.dossier.core.data.DatasetFetcher;
import dev.dossier.core.data.EditionCutoff;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.data.SourceFetcher;
import dev.dossier.core.edition.ChangesText;
import dev.dossier.core.edition.EditionComparison;
import dev.dossier.core.edition.Snapshot;
import dev.dossier.core.edition.SnapshotDatasets;
import dev.dossier.core.edition.SnapshotJson;
import dev.dossier.core.edition.TemplateDigest;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.layout.ReportRenderer;
import dev.dossier.core.layout.Typography;
import dev.dossier.core.output.AtomicOutput;
import dev.dossier.core.output.TempFiles;
import dev.dossier.core.pdf.Metadata;
import dev.dossier.core.pdf.PdfPostProcessor;
import dev.dossier.core.pdf.PdfAClaim;
import dev.dossier.core.pdf.PostProcessOptions;
import dev.dossier.core.resolve.BindingValidator;
import dev.dossier.core.resolve.DataUsage;
import dev.dossier.core.resolve.EditionSnapshots;
import dev.dossier.core.resolve.ResolvedReport;
import dev.dossier.core.resolve.LiteralNumberWarnings;
import dev.dossier.core.resolve.Resolver;
import dev.dossier.core.source.OptionValidator;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.source.SourceCalls;
import dev.dossier.core.template.ParameterSubstitution;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.ReportParameters;
import dev.dossier.core.template.TemplateLoader;
import dev.dossier.core.theme.FontSet;
import dev.dossier.core.theme.Theme;
import dev.dossier.core.theme.ThemeLoader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The public entry point of Dossier: validates templates and generates PDF reports from them.
 *
 * <p>A run flows one way: the template is loaded and its bindings checked; the resolve stage
 * fetches each dataset once and decides everything to print ({@link ResolvedReport}); the layout
 * draws that in one pass into a temporary file; PDFBox post-processes it (metadata, reproducible
 * bytes, encryption) into the output, which is moved into place only when complete: on any error
 * no PDF is left at the output path. Errors are {@link DossierException}s carrying a code and an
 * exit kind.
 *
 * <p>Immutable: {@link #withProgress} and {@link #withSourceTimeout} return changed copies, so
 * one engine may serve several threads, each run with its own data.
 *
 * <pre>{@code
 * ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of(Path.of("templates/themes")));
 * engine.generate(GenerateRequest.builder(Path.of("templates/china-ai-briefing.yaml"), Path.of("out/briefing.pdf")).build());
 * }</pre>
 */
public final class ReportEngine {

    private final ProviderRegistry registry;
    private final ThemeLoader themes;
    private final Consumer<String> progress;
    private final Duration sourceTimeout;
    private final DatasetCache cache;
    private final java.util.function.IntConsumer pages;
    /** Renderers by theme and locale: fonts are parsed once per process, not once per report (batches, previews). */
    private final Map<RendererKey, ReportRenderer> renderers;

    private record RendererKey(Theme theme, java.util.Locale locale) {
    }

    /**
     * @param registry     the providers available to templates
     * @param themeFolders folders searched for themes named without a path
     */
    public ReportEngine(ProviderRegistry registry, List<Path> themeFolders) {
        this(registry, new ThemeLoader(themeFolders), message -> { }, SourceCalls.DEFAULT_TIMEOUT, recentRenderers(), null, null);
    }

    /** Renderers kept: a live preview makes a new theme value on every save of its theme, so the oldest go. */
    private static final int RENDERERS_KEPT = 8;

    private static Map<RendererKey, ReportRenderer> recentRenderers() {
        return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<RendererKey, ReportRenderer> eldest) {
                return size() > RENDERERS_KEPT;
            }
        });
    }

    private ReportEngine(ProviderRegistry registry, ThemeLoader themes, Consumer<String> progress, Duration sourceTimeout,
                         Map<RendererKey, ReportRenderer> renderers, DatasetCache cache, java.util.function.IntConsumer pages) {
        this.registry = registry;
        this.themes = themes;
        this.progress = progress;
        this.sourceTimeout = sourceTimeout;
        this.renderers = renderers;
        this.cache = cache;
        this.pages = pages;
    }

    /** A copy that reports one line per step of a long run ("resolving data", "laying out"); silent by default. */
    public ReportEngine withProgress(Consumer<String> listener) {
        return new ReportEngine(registry, themes, listener, sourceTimeout, renderers, cache, pages);
    }

    /**
     * A copy whose runs take datasets from {@code cache} and store there what they fetch, so
     * repeated runs of a template (a live preview) read only the data that changed. The caller
     * owns the cache: it invalidates changed files and closes it.
     */
    public ReportEngine withDatasetCache(DatasetCache cache) {
        return new ReportEngine(registry, themes, progress, sourceTimeout, renderers, cache, pages);
    }

    /**
     * A copy that tells {@code listener} the number of each page as the layout finishes it (for a
     * progress bar on long reports) instead of a progress line every hundredth page.
     */
    public ReportEngine withPageProgress(java.util.function.IntConsumer listener) {
        return new ReportEngine(registry, themes, progress, sourceTimeout, renderers, cache, listener);
    }

    /** The themes that can be named without a path, as {@link ThemeLoader#available(Path)} lists them. */
    public ThemeLoader themes() {
        return themes;
    }

    /**
     * A copy in which any single call into a data source may take at most {@code timeout} (30 s by
     * default); a source that takes longer fails the run with {@code DOS-SOURCE-TIMEOUT}.
     *
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public ReportEngine withSourceTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("source timeout must be positive: " + timeout);
        }
        return new ReportEngine(registry, themes, progress, timeout, renderers, cache, pages);
    }

    public ProviderRegistry registry() {
        return registry;
    }

    /**
     * Loads a template, applies parameter overrides and checks every binding against the providers.
     *
     * @throws DossierException INPUT naming file, line and what is wrong
     */
    public ReportDefinition load(Path template, Map<String, String> parameters) {
        ReportDefinition loaded = new TemplateLoader().load(template);
        ReportParameters.checkOverrides(loaded, parameters);
        ReportDefinition def = ParameterSubstitution.apply(loaded.withParameters(parameters));
        ReportParameters.locale(def);
        ReportParameters.language(def);
        new BindingValidator(registry).validate(def);
        warnOfLiteralSecrets(def);
        return def;
    }

    /** What the data stage decided that changes what is printed (rows left out of the edition), one progress line each. */
    private void infos(ReportData data) {
        data.infos().forEach(line -> {
            progress.accept("info: " + line);
        });
    }

    /** A secret option written into the template ends up in version control: say how to keep it out. */
    private void warnOfLiteralSecrets(ReportDefinition def) {
        for (String name : def.sourceOptions().keySet()) {
            registry.find(def.providerId(name)).ifPresent(p -> OptionValidator.literalSecrets(p, def.optionsFor(name))
                    .forEach(option -> progress.accept("warning: " + def.file() + ": source '" + name + "' option '" + option
                            + "' is a secret written into the template; give it as ${env:NAME} (an environment variable)"
                            + " or ${secret:NAME} (the DOSSIER_SECRETS file) instead")));
        }
    }

    /**
     * Checks a template completely without rendering: structure, bindings, the theme, and that
     * every bound dataset can be fetched and yields the rows KPIs and figure references need.
     * Warnings (through the progress listener, each starting "warning: ") include figures typed into
     * titles and captions that a figure reference could supply ({@link LiteralNumberWarnings}).
     *
     * @return the number of datasets checked
     * @throws DossierException INPUT for template or data mistakes, FAILURE when a source fails
     */
    public int validate(Path template, Map<String, String> parameters, String theme) {
        ReportDefinition def = load(template, parameters);
        FontSet.load(themes.load(theme != null ? theme : def.theme(), def.baseDirectory()));
        try (ReportData data = new ReportData(liveData(def), EditionCutoff.of(def))) {
            new Resolver(def, data, ReportParameters.locale(def), false).resolve(null, null).warnings()
                    .forEach(w -> progress.accept("warning: " + w));
            infos(data);
            LiteralNumberWarnings.of(def, data).forEach(w -> progress.accept("warning: " + w));
            data.warnings().forEach(w -> progress.accept("warning: " + w));
            return data.fetched().size();
        }
    }

    /**
     * Generates a report.
     *
     * @throws DossierException INPUT for mistakes in the template, theme, options or data;
     *                          FAILURE when a source, the layout or the file system fails
     */
    public GenerateResult generate(GenerateRequest request) {
        AtomicOutput.checkTarget(request.output());
        TempFiles.removeStale(); // what runs killed before this one could not delete
        if (request.snapshot() != null) {
            checkSnapshotTarget(request);
        }
        Snapshot from = request.fromSnapshot() == null ? null : SnapshotJson.read(request.fromSnapshot());
        Snapshot previous = request.compareWith() == null ? null : SnapshotJson.read(request.compareWith());
        progress.accept("loading " + request.template());
        ReportDefinition def = load(request.template(), parameters(request, from));
        String themeName = request.theme() != null ? request.theme()
                : from != null && !from.theme().isEmpty() ? from.theme() : def.theme();
        Theme theme = themes.load(themeName, def.baseDirectory());
        ReportRenderer renderer = renderers.computeIfAbsent(new RendererKey(theme, ReportParameters.locale(def)),
                key -> renderer(key.theme(), key.locale()));
        PostProcessOptions post = postProcessing(request, def);
        LocalDate date = from != null && !request.parameters().containsKey("date")
                ? from.editionDate() : ReportParameters.coverDate(def, post.fixedDate(), request.deterministic());
        String digest = TemplateDigest.of(request.template());
        checkNotAnInput(request, def);
        if (previous != null && !sameTemplate(previous.template(), request.template())) {
            progress.accept("warning: " + request.compareWith() + " is an edition of " + previous.template()
                    + ", not of " + request.template() + "; its figures will show as new or gone");
        }
        if (from != null && !from.templateDigest().isEmpty() && !from.templateDigest().equals(digest)) {
            progress.accept("warning: " + request.template() + " changed since " + request.fromSnapshot()
                    + " was written; rendering the current template over the snapshot's data");
        }

        ReportRenderer.Result[] rendered = new ReportRenderer.Result[1];
        List<String> warnings = new ArrayList<>();
        Snapshot[] current = new Snapshot[1];
        try (ReportData data = new ReportData(from != null ? snapshotData(from, request.fromSnapshot()) : liveData(def),
                EditionCutoff.of(def))) {
            progress.accept("resolving data for " + def.sections().size()
                    + (def.sections().size() == 1 ? " section" : " sections")
                    + (from != null ? " from " + request.fromSnapshot() : ""));
            Resolver resolver = new Resolver(def, data, ReportParameters.locale(def),
                    request.snapshot() != null || previous != null);
            Function<DataUsage, Snapshot> snapshotOf = usage -> current[0] = EditionSnapshots.of(def,
                    request.template().toString(), digest, themeName, date, data.fetched(), usage);
            ResolvedReport report = resolver.resolve(date, previous == null ? null : usage ->
                    new ChangesText(ReportParameters.locale(def), ReportParameters.language(def)).lines(EditionComparison.compare(previous, snapshotOf.apply(usage))));
            infos(data);
            progress.accept("laying out " + data.fetched().size()
                    + (data.fetched().size() == 1 ? " dataset" : " datasets"));
            AtomicOutput.write(request.output(), out -> rendered[0] = layOut(renderer, report, request, post, out));
            if (request.snapshot() != null) {
                Snapshot snapshot = current[0] != null ? current[0] : snapshotOf.apply(resolver.usage());
                AtomicOutput.write(request.snapshot(), out -> SnapshotJson.write(snapshot, out));
                progress.accept("wrote snapshot " + request.snapshot());
            }
            warnings.addAll(data.warnings());
        }
        warnings.addAll(rendered[0].warnings());
        warnings.forEach(w -> progress.accept("warning: " + w));
        progress.accept("wrote " + request.output());
        try {
            return new GenerateResult(request.output(), rendered[0].pages(), Files.size(request.output()),
                    def.sections().size(), List.copyOf(warnings));
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.OUTPUT, request.output() + ": written but cannot be read back", e);
        }
    }

    /**
     * Generates one report per row of a batch, on {@code threads} threads sharing this engine
     * (its providers, themes and fonts). A row that fails does not stop the others.
     *
     * @param base     the options every report shares (its output is ignored; each row names its own)
     * @param listener told of each report as it finishes, from the worker threads; may be null
     * @return what was written and which rows failed
     */
    public BatchResult generateBatch(GenerateRequest base, BatchPlan plan, int threads, Consumer<BatchProgress> listener) {
        plan.items().forEach(item -> AtomicOutput.checkTarget(item.output()));
        ReportEngine quiet = withProgress(message -> { });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads));
        List<GenerateResult> written = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Map<Integer, BatchResult.Failure> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (BatchPlan.Item item : plan.items()) {
                futures.add(pool.submit(() -> {
                    BatchResult.Failure failure = null;
                    try {
                        written.add(quiet.generate(base.toBuilder(item.output()).parameters(item.parameters()).build()));
                    } catch (DossierException e) {
                        failure = new BatchResult.Failure(item.line(), item.output(), e.code(), e.getMessage(), e.exitCode());
                    } catch (RuntimeException e) {
                        failure = new BatchResult.Failure(item.line(), item.output(), ErrorCode.INTERNAL.code(), e.toString(), 1);
                    }
                    if (failure != null) {
                        failures.put(item.line(), failure);
                    }
                    if (listener != null) {
                        listener.accept(new BatchProgress(done.incrementAndGet(), plan.items().size(), item, failure));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DossierException.failure(ErrorCode.RENDER_FAILED, "the batch was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw DossierException.failure(ErrorCode.INTERNAL, "a batch worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new BatchResult(written, List.copyOf(failures.values()));
    }

    /**
     * A batch report that has just finished.
     *
     * @param done    how many reports of the batch have finished, this one included
     * @param total   how many the batch has
     * @param item    the row
     * @param failure why it failed; null when its PDF was written
     */
    public record BatchProgress(int done, int total, BatchPlan.Item item, BatchResult.Failure failure) {
    }

    /**
     * The PDF and the snapshot must not replace a file the run reads: the template, a snapshot,
     * or a data file a source option names.
     *
     * @throws DossierException FAILURE {@code DOS-OUTPUT-PATH} naming the file and what it is
     */
    private static void checkNotAnInput(GenerateRequest request, ReportDefinition def) {
        Map<Path, String> inputs = new java.util.LinkedHashMap<>();
        inputs.put(request.template(), "the template");
        if (request.fromSnapshot() != null) {
            inputs.put(request.fromSnapshot(), "the snapshot rendered from");
        }
        if (request.compareWith() != null) {
            inputs.put(request.compareWith(), "the previous edition's snapshot");
        }
        dev.dossier.core.data.OptionPaths.of(def).stream().filter(Files::isRegularFile)
                .forEach(p -> inputs.putIfAbsent(p, "a data file the template's sources read"));
        for (Path out : java.util.Arrays.asList(request.output(), request.snapshot())) {
            if (out == null) {
                continue;
            }
            for (var input : inputs.entrySet()) {
                if (sameFile(out, input.getKey())) {
                    throw DossierException.failure(ErrorCode.OUTPUT_PATH, out + ": cannot write the report here: it is "
                            + input.getValue() + "; choose another output path", null);
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a snapshot's template (as it was named) is the template of this run. */
    private static boolean sameTemplate(String snapshotTemplate, Path template) {
        Path named = Path.of(snapshotTemplate);
        return sameFile(named, template) || named.getFileName().equals(template.getFileName());
    }

    /** The run's parameter overrides: a snapshot's parameters, then the request's (which win). */
    private static Map<String, String> parameters(GenerateRequest request, Snapshot from) {
        if (from == null) {
            return request.parameters();
        }
        Map<String, String> merged = new java.util.LinkedHashMap<>(from.parameters());
        merged.putAll(request.parameters());
        return merged;
    }

    private static void checkSnapshotTarget(GenerateRequest request) {
        AtomicOutput.checkTarget(request.snapshot());
        if (request.snapshot().toAbsolutePath().normalize().equals(request.output().toAbsolutePath().normalize())) {
            throw DossierException.input(ErrorCode.USAGE, request.snapshot() + ": the snapshot and the PDF cannot be one file");
        }
    }

    /** Datasets served from a snapshot: no data source is called. */
    private static DatasetFetcher snapshotData(Snapshot snapshot, Path file) {
        SnapshotDatasets datasets = new SnapshotDatasets(snapshot, file.toString());
        return binding -> datasets.dataset(binding.ref());
    }

    private DatasetFetcher liveData(ReportDefinition def) {
        DatasetFetcher live = new SourceFetcher(def, registry, ReportParameters.locale(def), sourceTimeout);
        return cache == null ? live : cache.over(def, live);
    }

    /**
     * Lays the report out into a temporary file, streamed as it is drawn, then post-processes that
     * file into {@code out}; neither step holds the whole PDF in the heap.
     */
    private ReportRenderer.Result layOut(ReportRenderer renderer, ResolvedReport report, GenerateRequest request,
                                                PostProcessOptions post, OutputStream out) throws IOException {
        Path raw = TempFiles.file("layout", ".pdf");
        try {
            ReportRenderer.Result result;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16)) {
                result = renderer.render(report, file, request.pdfa() && request.pdfaLevel().equals("1b"),
                        pages != null ? pages : page -> {
                            if (page % 100 == 0) {
                                progress.accept("laid out " + String.format("%,d", page) + " pages");
                            }
                        });
            }
            PdfPostProcessor.processLarge(raw, request.output().toString(), out,
                    result.tagged() ? post : post.withConformance(post.archival(), false));
            return result;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private static ReportRenderer renderer(Theme theme, java.util.Locale locale) {
        FontSet fonts = FontSet.load(theme);
        Typography type = new Typography(theme, fonts);
        ChartRenderer charts = new ChartRenderer(chartStyle(theme, fonts).withLocale(locale),
                fonts.fallbacks().isEmpty() ? null : ChartFonts.sharing(fonts.fallbacks().get(0), fonts.fallbacks().get(0),
                        fonts.fallbackBytes().get(0), fonts.fallbackBytes().get(0)));
        return new ReportRenderer(theme, fonts, type, charts);
    }

    /**
     * The post-processing of a run: metadata in Info and XMP with the report language, fixed dates
     * and stable identifiers when the output must be reproducible, encryption when asked.
     */
    private static PostProcessOptions postProcessing(GenerateRequest request, ReportDefinition def) {
        PostProcessOptions post = PostProcessOptions.forRun(request.deterministic())
                .withMetadata(new Metadata(null, null, null, null, ReportParameters.language(def).toLanguageTag(), null));
        GenerateRequest.Protection p = request.protection();
        if (p != null) {
            if (request.pdfa()) {
                throw DossierException.input(ErrorCode.PDFA_ENCRYPTION,
                        "PDF/A forbids encryption: choose --pdfa or --password, not both");
            }
            post = post.withPasswords(p.userPassword(), p.ownerPassword(), p.permissions());
        }
        if (request.pdfa() && request.pdfaLevel().equals("2b")) {
            post = post.withConformance(new PdfAClaim(2, "B"), request.pdfua());
        } else if (request.pdfua()) {
            post = post.withConformance(null, true);
        }
        return post;
    }

    private static ChartStyle chartStyle(Theme theme, FontSet fonts) {
        Theme.Colors c = theme.colors();
        return new ChartStyle(c.text(), c.muted(), c.rule(), java.awt.Color.WHITE, theme.highlight(), theme.palette(),
                theme.entityColors(), theme.highlightEntities(), ChartFonts.sharing(fonts.regular(), fonts.bold(),
                fonts.regularBytes(), fonts.boldBytes())).withEstimateMark(theme.estimateMark());
    }
}
