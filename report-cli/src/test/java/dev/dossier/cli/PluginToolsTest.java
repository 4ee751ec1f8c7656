package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.api.Row;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.source.SourceCalls;
import dev.dossier.core.testing.FixtureJars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands a plugin author uses ({@code sources NAME}, {@code rows}) and what Dossier does
 * when a plugin escapes its part: printing to standard output, calling {@code System.exit}
 * (those run the real {@code main} in a child JVM, as a user runs it).
 */
class PluginToolsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static Path classes;

    @TempDir
    Path plugins;

    @BeforeAll
    static void compileFixtures() throws IOException {
        classes = FixtureJars.compile(work, Map.of(
                "fixture.quit.QuitProvider", FixtureJars.provider("fixture.quit.QuitProvider", "quitter", "quit()",
                        "static String quit() { System.exit(42); return \"never\"; }"),
                "fixture.print.PrintProvider", FixtureJars.provider("fixture.print.PrintProvider", "printer", "shout()", """
                        public PrintProvider() { System.out.println("hello from the printer's constructor"); }
                        static String shout() { System.out.println("hello from fetch"); return "printed"; }
                        """)));
    }

    @Test
    void sourcesWithANameDescribesThatProviderOnly() {
        CliRun run = CliRun.of("sources", "patents");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("patents ").contains("built for   Dossier API ", "dataset patents/families-by-country")
                .doesNotContain("companies/");
    }

    @Test
    void sourcesWithAnUnknownNameSuggestsTheClosest() {
        CliRun run = CliRun.of("sources", "patent");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("DOS-TEMPLATE-UNKNOWN-SOURCE", "unknown source 'patent'", "did you mean 'patents'?");
    }

    @Test
    void sourcesJsonKeepsItsKeyOrderFromRunToRun() throws IOException {
        String first = CliRun.of("sources", "--json").out();
        JsonNode column = JSON.readTree(first).get(0).get("datasets").get(0).get("columns").get(0);

        assertThat(CliRun.of("sources", "--json").out()).isEqualTo(first);
        List<String> keys = new ArrayList<>();
        column.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("name", "type", "unit", "label", "required");
    }

    @Test
    void rowsPrintsTheDatasetsFirstRowsAsTheSourceDeliversThem() throws IOException {
        CliRun run = CliRun.of("rows", "patents/families-by-country", "--limit", "3", "--json");
        List<Row> expected;
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of())) {
            LoadedProvider patents = registry.find("patents").orElseThrow();
            expected = SourceCalls.fetchAll(patents, SourceContext.of(SourceOptions.none()), "families-by-country", Duration.ofSeconds(30));
        }

        assertThat(run.exit()).isZero();
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("rows")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode values = out.get("rows").get(i).get("values");
            assertThat(values.get("entity").asText()).isEqualTo(expected.get(i).text("entity"));
            assertThat(values.get("families").asLong()).isEqualTo(expected.get(i).number("families").longValue());
            assertThat(out.get("rows").get(i).get("source").asText()).isEqualTo(expected.get(i).provenance().title());
        }
        assertThat(out.get("more").asBoolean()).isEqualTo(expected.size() > 3);
        assertThat(out.get("provenance")).isNotEmpty();
    }

    @Test
    void rowsInTheTerminalShowsColumnsWithTypesAndUnitsAndTheSources() {
        CliRun run = CliRun.of("rows", "patents/families-by-country", "--limit", "2");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("entity", "families", "integer (", "2 rows shown; more follow", "sources:", "[1] ");
    }

    @Test
    void aPluginCallingSystemExitIsReportedNamingItAndTheStepAndTheRunExitsWithOne() throws Exception {
        FixtureJars.jar(plugins.resolve("quitter.jar"), classes, List.of("fixture.quit."), List.of("fixture.quit.QuitProvider"));

        Child child = dossier("rows", "quitter/greeting", "--plugins", plugins.toString());

        assertThat(child.exit()).isEqualTo(1);
        assertThat(child.err()).contains("DOS-PLUGIN-EXIT: source 'quitter' dataset 'greeting': fetch: the plugin called System.exit",
                "see docs/errors.md#plugin-exit");
    }

    @Test
    void whatAPluginPrintsNeverReachesStandardOutputSoSourcesJsonStaysJson() throws Exception {
        FixtureJars.jar(plugins.resolve("printer.jar"), classes, List.of("fixture.print."), List.of("fixture.print.PrintProvider"));

        Child sources = dossier("sources", "--json", "--plugins", plugins.toString());
        Child rows = dossier("rows", "printer/greeting", "--json", "--plugins", plugins.toString());
        Child verbose = dossier("rows", "printer/greeting", "--verbose", "--plugins", plugins.toString());

        assertThat(sources.exit()).isZero();
        assertThat(JSON.readTree(sources.out()).findValuesAsText("id")).contains("printer");
        assertThat(JSON.readTree(rows.out()).get("rows").get(0).get("values").get("text").asText()).isEqualTo("printed");
        assertThat(sources.out() + rows.out()).doesNotContain("hello from");
        assertThat(verbose.err()).contains("plugin output (", "loading provider fixture.print.PrintProvider): hello from the printer's constructor",
                "plugin output (source 'printer' dataset 'greeting': fetch): hello from fetch");
    }

    private record Child(int exit, String out, String err) {
    }

    private Child dossier(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), DossierCommand.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Child(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
