package dev.dossier.core;

import dev.dossier.core.chart.ChartFonts;
import dev.dossier.core.chart.ChartRenderer;
import dev.dossier.core.chart.ChartStyle;
import dev.dossier.core.data.DatasetFetcher;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.data.SourceFetcher;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.layout.ReportRenderer;
import dev.dossier.core.layout.Typography;
import dev.dossier.core.output.AtomicOutput;
import dev.dossier.core.pdf.Metadata;
import dev.dossier.core.pdf.PdfPostProcessor;
import dev.dossier.core.pdf.PdfAClaim;
import dev.dossier.core.pdf.PostProcessOptions;
import dev.dossier.core.resolve.BindingValidator;
import dev.dossier.core.resolve.ResolvedReport;
import dev.dossier.core.resolve.Resolver;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.source.SourceCalls;
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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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

    /**
     * @param registry     the providers available to templates
     * @param themeFolders folders searched for themes named without a path
     */
    public ReportEngine(ProviderRegistry registry, List<Path> themeFolders) {
        this(registry, new ThemeLoader(themeFolders), message -> { }, SourceCalls.DEFAULT_TIMEOUT);
    }

    private ReportEngine(ProviderRegistry registry, ThemeLoader themes, Consumer<String> progress, Duration sourceTimeout) {
        this.registry = registry;
        this.themes = themes;
        this.progress = progress;
        this.sourceTimeout = sourceTimeout;
    }

    /** A copy that reports one line per step of a long run ("resolving data", "laying out"); silent by default. */
    public ReportEngine withProgress(Consumer<String> listener) {
        return new ReportEngine(registry, themes, listener, sourceTimeout);
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
        return new ReportEngine(registry, themes, progress, timeout);
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
        ReportDefinition def = loaded.withParameters(parameters);
        ReportParameters.locale(def);
        new BindingValidator(registry).validate(def);
        return def;
    }

    /**
     * Checks a template completely without rendering: structure, bindings, the theme, and that
     * every bound dataset can be fetched and yields the rows KPIs and figure references need.
     *
     * @return the number of datasets checked
     * @throws DossierException INPUT for template or data mistakes, FAILURE when a source fails
     */
    public int validate(Path template, Map<String, String> parameters, String theme) {
        ReportDefinition def = load(template, parameters);
        FontSet.load(themes.load(theme != null ? theme : def.theme(), def.baseDirectory()));
        try (ReportData data = new ReportData(liveData(def))) {
            new Resolver(def, data, ReportParameters.locale(def), false).resolve(null, null);
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
        progress.accept("loading " + request.template());
        ReportDefinition def = load(request.template(), request.parameters());
        Theme theme = themes.load(request.theme() != null ? request.theme() : def.theme(), def.baseDirectory());
        ReportRenderer renderer = renderer(theme, def);
        PostProcessOptions post = postProcessing(request, def);
        LocalDate date = ReportParameters.coverDate(def, post.fixedDate(), request.deterministic());

        ReportRenderer.Result[] rendered = new ReportRenderer.Result[1];
        try (ReportData data = new ReportData(liveData(def))) {
            progress.accept("resolving data for " + def.sections().size()
                    + (def.sections().size() == 1 ? " section" : " sections"));
            Resolver resolver = new Resolver(def, data, ReportParameters.locale(def), false);
            ResolvedReport report = resolver.resolve(date, null);
            progress.accept("laying out " + data.fetched().size()
                    + (data.fetched().size() == 1 ? " dataset" : " datasets"));
            AtomicOutput.write(request.output(), out -> rendered[0] = layOut(renderer, report, request, post, out));
        }
        rendered[0].warnings().forEach(w -> progress.accept("warning: " + w));
        progress.accept("wrote " + request.output());
        try {
            return new GenerateResult(request.output(), rendered[0].pages(), Files.size(request.output()),
                    def.sections().size(), rendered[0].warnings());
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.OUTPUT, request.output() + ": written but cannot be read back", e);
        }
    }

    private DatasetFetcher liveData(ReportDefinition def) {
        return new SourceFetcher(def, registry, ReportParameters.locale(def), sourceTimeout);
    }

    /**
     * Lays the report out into a temporary file, streamed as it is drawn, then post-processes that
     * file into {@code out}; neither step holds the whole PDF in the heap.
     */
    private static ReportRenderer.Result layOut(ReportRenderer renderer, ResolvedReport report, GenerateRequest request,
                                                PostProcessOptions post, OutputStream out) throws IOException {
        Path raw = Files.createTempFile("dossier-layout-", ".pdf");
        raw.toFile().deleteOnExit();
        try {
            ReportRenderer.Result result;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16)) {
                result = renderer.render(report, file, request.pdfa() && request.pdfaLevel().equals("1b"));
            }
            PdfPostProcessor.processLarge(raw, request.output().toString(), out, post);
            return result;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private static ReportRenderer renderer(Theme theme, ReportDefinition def) {
        FontSet fonts = FontSet.load(theme);
        Typography type = new Typography(theme, fonts);
        ChartRenderer charts = new ChartRenderer(chartStyle(theme, fonts).withLocale(ReportParameters.locale(def)),
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
                .withMetadata(new Metadata(null, null, null, null, ReportParameters.locale(def).toLanguageTag(), null));
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
                fonts.regularBytes(), fonts.boldBytes()));
    }
}
