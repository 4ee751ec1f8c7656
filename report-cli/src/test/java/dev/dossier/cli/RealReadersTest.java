package dev.dossier.cli;

import dev.dossier.api.Row;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.ReportParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every template shipped in {@code templates/} and {@code examples/} renders to a PDF that
 * independent readers accept: {@code qpdf --check} finds nothing, {@code pdffonts} lists only
 * embedded fonts, and {@code pdftotext} finds every KPI figure, read from the datasets.
 *
 * <p>Where qpdf and poppler-utils are not installed the test is skipped with a message; under
 * CI ({@code CI} or {@code DOSSIER_CI} set, as {@code .ci/run} does) their absence is a failure.
 */
class RealReadersTest {

    private static final List<String> TOOLS = List.of("qpdf", "pdffonts", "pdftotext");

    @TempDir
    static Path work;

    private static Path plugins;

    @BeforeAll
    static void readersAndPluginAreThere() throws IOException {
        List<String> missing = TOOLS.stream().filter(t -> !onPath(t)).toList();
        if (!missing.isEmpty()) {
            String message = "PDF readers missing: " + String.join(", ", missing)
                    + " (apt-get install qpdf poppler-utils)";
            if (inCi()) {
                fail(message + "; CI must run these checks");
            }
            assumeTrue(false, message + "; real-reader checks skipped on this machine");
        }
        plugins = Files.createDirectories(work.resolve("plugins"));
        Optional<Path> jar = TalentPluginBriefingTest.talentJar();
        assumeTrue(jar.isPresent() || !inCi(), "the example plugin's jar is built by mvn verify before these tests");
        if (jar.isPresent()) {
            Files.copy(jar.get(), plugins.resolve(jar.get().getFileName()));
        }
    }

    private static boolean inCi() {
        return isSet("CI") || isSet("DOSSIER_CI");
    }

    private static boolean isSet(String variable) {
        String v = System.getenv(variable);
        return v != null && !v.isBlank() && !v.equalsIgnoreCase("false");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    static Stream<Path> shippedTemplates() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : new String[] {"../templates", "../examples"}) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> p.toAbsolutePath().normalize())
                        .forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("shippedTemplates")
    void qpdfPdffontsAndPdftotextAcceptTheReport(Path template) throws Exception {
        Path pdf = work.resolve(template.getFileName().toString().replace(".yaml", ".pdf"));
        CliRun run = CliRun.of("generate", "-q", template.toString(), "--plugins", plugins.toString(), "-o", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        Result check = exec("qpdf", "--check", pdf.toString());
        assertThat(check.exit()).as("qpdf --check: " + check.out()).isZero();
        assertThat(check.out()).contains("No syntax or stream encoding errors found");

        List<String> fonts = exec("pdffonts", pdf.toString()).out().lines().skip(2).toList();
        assertThat(fonts).as("fonts").isNotEmpty();
        for (String font : fonts) {
            // columns: name type encoding emb sub uni object ID; emb is the fifth from the end
            String[] cols = font.trim().split("\\s+");
            assertThat(cols[cols.length - 5]).as("embedded: " + font).isEqualTo("yes");
        }

        String text = TalentPluginBriefingTest.squeeze(exec("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").out());
        List<String> figures = kpiFigures(template);
        assertThat(figures).as("the template shows KPI figures").isNotEmpty();
        for (String figure : figures) {
            assertThat(text).as("KPI figure " + figure).contains(TalentPluginBriefingTest.squeeze(figure));
        }
    }

    /** Every KPI tile's figure as the report prints it, read from the tile's dataset row. */
    private static List<String> kpiFigures(Path template) {
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of(plugins)), List.of());
        ReportDefinition def = engine.load(template, Map.of());
        Locale locale = ReportParameters.locale(def);
        ValueFormatter format = new ValueFormatter(locale);
        List<String> out = new ArrayList<>();
        try (ReportData data = new ReportData(def, engine.registry(), locale)) {
            for (Block block : def.blocks().toList()) {
                if (block instanceof Block.Kpis kpis) {
                    for (Block.Kpi tile : kpis.tiles()) {
                        Row row = data.require(tile.data(), ErrorCode.KPI_NO_ROW, "KPI '" + tile.label() + "'");
                        out.add(format.cell(row, tile.value()));
                    }
                }
            }
        }
        return out;
    }

    record Result(int exit, String out) {
    }

    private static Result exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
