package dev.dossier.core;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.chart.ChartFonts;
import dev.dossier.core.chart.ChartRenderer;
import dev.dossier.core.chart.ChartStyle;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.layout.ReportRenderer;
import dev.dossier.core.layout.Typography;
import dev.dossier.core.output.AtomicOutput;
import dev.dossier.core.pdf.Metadata;
import dev.dossier.core.pdf.PdfPostProcessor;
import dev.dossier.core.pdf.PostProcessOptions;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.source.SourceCalls;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.ReportParameters;
import dev.dossier.core.template.TemplateLoader;
import dev.dossier.core.template.TemplateValidator;
import dev.dossier.core.theme.FontSet;
import dev.dossier.core.theme.Theme;
import dev.dossier.core.theme.ThemeLoader;
import dev.dossier.core.data.FigureRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The public entry point of Dossier: validates templates and generates PDF reports from them.
 *
 * <p>A run loads the template, checks its bindings against the providers, resolves the data,
 * lays the report out and writes it atomically: on any error no PDF is left at the output
 * path. Errors are {@link DossierException}s carrying a code and an exit kind.
 *
 * <pre>{@code
 * ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of(Path.of("templates/themes")));
 * engine.generate(new GenerateRequest(Path.of("templates/china-ai-briefing.yaml"),
 *         Path.of("out/briefing.pdf"), Map.of(), null, false));
 * }</pre>
 */
public final class ReportEngine {

    private final ProviderRegistry registry;
    private final ThemeLoader themes;
    private Consumer<String> progress = message -> { };
    private Duration sourceTimeout = SourceCalls.DEFAULT_TIMEOUT;

    /**
     * @param registry     the providers available to templates
     * @param themeFolders folders searched for themes named without a path
     */
    public ReportEngine(ProviderRegistry registry, List<Path> themeFolders) {
        this.registry = registry;
        this.themes = new ThemeLoader(themeFolders);
    }

    /** Receives one line per step of a long run ("resolving data", "laying out"); silent by default. */
    public ReportEngine onProgress(Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Sets the longest any single call into a data source may take (30 s by default); a source
     * that takes longer fails the run with {@code DOS-SOURCE-TIMEOUT}.
     */
    public ReportEngine withSourceTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("source timeout must be positive: " + timeout);
        }
        this.sourceTimeout = timeout;
        return this;
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
        new TemplateValidator(registry).validate(def);
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
        List<DataBinding> bindings = bindings(def);
        try (ReportData data = new ReportData(def, registry, ReportParameters.locale(def), sourceTimeout)) {
            for (DataBinding b : bindings) {
                data.materialise(b);
            }
            def.blocks().forEach(block -> requireRows(block, data));
            data.warnings().forEach(w -> progress.accept("warning: " + w));
        }
        return (int) bindings.stream().map(DataBinding::ref).distinct().count();
    }

    /** KPI tiles and figure references print one row each: that row must exist. */
    private static void requireRows(Block block, ReportData data) {
        if (block instanceof Block.Kpis k) {
            k.tiles().forEach(t -> data.require(t.data(), ErrorCode.KPI_NO_ROW, "KPI '" + t.label() + "'"));
        } else if (block instanceof Block.Text t) {
            FigureRef.findAll(t.markdown(), t.location())
                    .forEach(r -> data.require(r.binding(), ErrorCode.TEXT_NO_ROW, "'{{" + r.text() + "}}'"));
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
        FontSet fonts = FontSet.load(theme);
        Typography type = new Typography(theme, fonts);
        ChartRenderer charts = new ChartRenderer(chartStyle(theme, fonts).withLocale(ReportParameters.locale(def)),
                fonts.fallbacks().isEmpty() ? null : ChartFonts.sharing(fonts.fallbacks().get(0), fonts.fallbacks().get(0),
                        fonts.fallbackBytes().get(0), fonts.fallbackBytes().get(0)));
        ReportRenderer renderer = new ReportRenderer(theme, fonts, type, charts);
        PostProcessOptions post = postProcessing(request, def);
        LocalDate date = ReportParameters.coverDate(def, post.fixedDate(), request.deterministic());

        ReportRenderer.Result[] rendered = new ReportRenderer.Result[1];
        List<String> warnings = new ArrayList<>();
        try (ReportData data = new ReportData(def, registry, ReportParameters.locale(def), sourceTimeout)) {
            progress.accept("resolving data and laying out " + def.sections().size()
                    + (def.sections().size() == 1 ? " section" : " sections"));
            AtomicOutput.write(request.output(), out -> {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                rendered[0] = renderer.render(def, data, date, raw, request.pdfa());
                PdfPostProcessor.process(raw.toByteArray(), request.output().toString(), out, post);
            });
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

    /** Every data binding of the template, including those inside figure references in text. */
    static List<DataBinding> bindings(ReportDefinition def) {
        List<DataBinding> out = new ArrayList<>();
        def.blocks().forEach(b -> {
            out.addAll(b.bindings());
            if (b instanceof Block.Text t) {
                FigureRef.findAll(t.markdown(), t.location()).forEach(r -> out.add(r.binding()));
            }
        });
        return out;
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
        return post;
    }

    private static ChartStyle chartStyle(Theme theme, FontSet fonts) {
        Theme.Colors c = theme.colors();
        return new ChartStyle(c.text(), c.muted(), c.rule(), java.awt.Color.WHITE, theme.highlight(), theme.palette(),
                theme.entityColors(), theme.highlightEntities(), ChartFonts.sharing(fonts.regular(), fonts.bold(),
                fonts.regularBytes(), fonts.boldBytes()));
    }
}
