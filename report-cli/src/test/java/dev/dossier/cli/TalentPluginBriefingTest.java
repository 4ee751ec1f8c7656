package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.api.DataSource;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.ProviderRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs {@code examples/talent-briefing.yaml} with the example plugin loaded from its jar in a
 * plugins folder, as a user does, and reads the PDF back.
 *
 * <p>The plugin's classes are kept off this module's test class path (see the surefire
 * configuration in the pom), so the {@code talent} provider can only come from the jar.
 * Expected figures are the rows the provider returns, formatted as the engine formats them.
 */
class TalentPluginBriefingTest {

    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static final Path TEMPLATE = EXAMPLES.resolve("talent-briefing.yaml");
    private static final List<String> BUILT_INS = List.of("chips", "companies", "funding", "outlook", "patents");

    @TempDir
    Path work;

    private Path plugins;
    private Path pluginJar;

    @BeforeEach
    void copyPluginJarIntoAPluginsFolder() throws IOException {
        Optional<Path> built = talentJar();
        assumeTrue(built.isPresent(), "examples/talent-source/target/talent-source-*.jar is missing: "
                + "run 'mvn package' (or 'mvn verify') from the repository root so the example plugin is built first");
        plugins = Files.createDirectories(work.resolve("plugins"));
        pluginJar = Files.copy(built.get(), plugins.resolve(built.get().getFileName()));
    }

    @Test
    void talentPluginIsNotOnTheTestClassPath() {
        // guards the premise of the other tests: the provider must come from the plugins folder
        try (ProviderRegistry builtIns = ProviderRegistry.discover(List.of())) {
            assertThat(builtIns.find("talent")).isEmpty();
        }
    }

    @Test
    void briefingPrintsTheTalentFiguresTheProviderReturns() throws Exception {
        Path pdf = work.resolve("out/talent.pdf");
        CliRun run = CliRun.of("generate", "-q", TEMPLATE.toString(), "--plugins", plugins.toString(), "-o", pdf.toString());
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();

        String text = pdfText(pdf);
        ValueFormatter format = new ValueFormatter(Locale.US);
        List<Row> undergrad = talentRows("undergrad-origin");
        assertThat(undergrad).isNotEmpty();
        for (String dataset : List.of("undergrad-origin", "researcher-origin", "researcher-workplace")) {
            for (Row row : talentRows(dataset)) {
                assertThat(text).as("%s share of %s in %s", dataset, row.text("country"), row.text("year"))
                        .contains(squeeze(format.cell(row, "share")));
            }
        }
        // the first takeaway is written from two rows of the plugin's dataset
        Row first = undergrad.get(0);
        Row last = undergrad.get(undergrad.size() - 1);
        assertThat(text).contains(squeeze("rose from " + format.cell(first, "share") + " in " + first.text("year")
                + " to " + format.cell(last, "share") + " in " + last.text("year")));
        // the benchmark table prints every row, cell by cell, in column order
        for (Row row : talentRows("model-benchmark-gap")) {
            assertThat(text).contains(squeeze(format.cell(row, "year") + format.cell(row, "comparison")
                    + format.cell(row, "gap")));
        }
        // and the plugin's source is cited in the appendix
        assertThat(text).contains(squeeze(undergrad.get(0).provenance().title()));
    }

    @Test
    void sourcesListsTheTalentPluginWithItsJarNextToTheBuiltIns() throws Exception {
        CliRun run = CliRun.of("sources", "--plugins", plugins.toString(), "--json");
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();

        JsonNode providers = new ObjectMapper().readTree(run.out());
        List<String> external = new ArrayList<>();
        List<String> builtIn = new ArrayList<>();
        for (JsonNode p : providers) {
            if (LoadedProvider.BUILT_IN.equals(p.get("origin").asText())) {
                builtIn.add(p.get("id").asText());
            } else {
                external.add(p.get("id").asText() + " " + p.get("origin").asText());
            }
        }
        assertThat(builtIn).containsAll(BUILT_INS);
        assertThat(external).containsExactly("talent " + pluginJar);
    }

    private List<Row> talentRows(String dataset) throws Exception {
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(plugins))) {
            LoadedProvider talent = registry.find("talent").orElseThrow();
            List<Row> rows = new ArrayList<>();
            try (DataSource source = talent.provider().open(SourceContext.of(SourceOptions.none()));
                 RowCursor cursor = source.fetch(dataset).rows()) {
                cursor.forEachRemaining(rows::add);
            }
            return rows;
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return squeeze(stripper.getText(doc));
        }
    }

    /**
     * Drops all white space: text extraction splits some justified words ("i n 2019"), so both
     * the page text and the expected phrases are compared without it.
     */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static Optional<Path> talentJar() throws IOException {
        Path target = EXAMPLES.resolve("talent-source/target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("talent-source-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst();
        }
    }


}
