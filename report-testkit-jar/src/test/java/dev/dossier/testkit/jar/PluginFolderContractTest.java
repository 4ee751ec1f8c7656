package dev.dossier.testkit.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.dossier.core.testing.FixtureJars;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The packaged-plugin contract run, through the JUnit launcher, on plugin folders built here:
 * a sound one passes every check; a folder missing a dependency jar, a services entry with a
 * typo and a fetch that hangs each fail the check named after them, with a message saying why.
 */
class PluginFolderContractTest {

    @TempDir
    static Path work;
    static Path classes;

    @TempDir
    Path folder;

    /** The contract as a plugin's build would run it, on the folder the test chose. */
    static class OnFolder extends PluginFolderContract {
        static volatile Path folder;

        @Override
        protected Path pluginFolder() {
            return folder;
        }

        @Override
        protected Duration timeout() {
            return Duration.ofSeconds(2);
        }
    }

    @BeforeAll
    static void compileFixtures() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("fixture.lib.Greeting", FixtureJars.greeting("hello"));
        sources.put("fixture.alpha.AlphaProvider", FixtureJars.provider("fixture.alpha.AlphaProvider", "alpha",
                "new fixture.lib.Greeting().text()", ""));
        sources.put("fixture.hang.HangProvider", FixtureJars.provider("fixture.hang.HangProvider", "hang", "hang()", """
                static String hang() {
                    try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { }
                    return "late";
                }
                """));
        classes = FixtureJars.compile(work, sources);
    }

    @Test
    void aSoundPluginFolderPassesEveryCheckEachNamedAfterWhatItChecks() throws IOException {
        FixtureJars.jar(folder.resolve("alpha-1.0.jar"), classes, List.of("fixture.alpha."), List.of("fixture.alpha.AlphaProvider"));
        FixtureJars.jar(folder.resolve("greeting-1.jar"), classes, List.of("fixture.lib."), List.of());

        Map<String, TestExecutionResult> results = run(folder);

        assertThat(results.keySet()).contains(
                "plugin folder " + folder + " holds the plugin's jars",
                "no jar in the folder bundles report-api (Dossier supplies it)",
                "every class the plugin's jar refers to is in the folder, the JDK or report-api",
                "opens with options {} that pass Dossier's option check",
                "dataset 'greeting' fetches through Dossier's call layer, its rows follow the declared columns and cite its sources")
                .anySatisfy(name -> assertThat(name).startsWith("every services entry names a provider that loads in isolation"));
        assertThat(results.values()).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
    }

    @Test
    void aDependencyLeftOutOfTheFolderFailsTheDependencyCheckNamingTheClass() throws IOException {
        FixtureJars.jar(folder.resolve("alpha-1.0.jar"), classes, List.of("fixture.alpha."), List.of("fixture.alpha.AlphaProvider"));

        Map<String, TestExecutionResult> results = run(folder);

        assertThat(failure(results, "every class the plugin's jar refers to is in the folder, the JDK or report-api"))
                .contains("fixture.lib.Greeting (used by fixture.alpha.AlphaProvider in alpha-1.0.jar)");
        assertThat(failure(results, "dataset 'greeting' fetches through Dossier's call layer, its rows follow the declared"
                + " columns and cite its sources")).contains("DOS-SOURCE-FAILED", "NoClassDefFoundError");
    }

    @Test
    void aServicesEntryWithATypoFailsTheLoadingCheckWithASuggestion() throws IOException {
        FixtureJars.jar(folder.resolve("alpha-1.0.jar"), classes, List.of("fixture.alpha.", "fixture.lib."),
                List.of("fixture.alpha.AlphaProvidr"));

        Map<String, TestExecutionResult> results = run(folder);

        String loading = results.keySet().stream().filter(n -> n.startsWith("every services entry")).findFirst().orElseThrow();
        assertThat(failure(results, loading)).contains("fixture.alpha.AlphaProvidr", "cannot be found",
                "did you mean 'fixture.alpha.AlphaProvider'");
    }

    @Test
    void aFetchThatHangsFailsItsDatasetCheckWithTheTimeoutInsteadOfHangingTheBuild() throws IOException {
        FixtureJars.jar(folder.resolve("hang-1.0.jar"), classes, List.of("fixture.hang."), List.of("fixture.hang.HangProvider"));

        Map<String, TestExecutionResult> results = run(folder);

        assertThat(failure(results, "dataset 'greeting' fetches through Dossier's call layer, its rows follow the declared"
                + " columns and cite its sources")).contains("DOS-SOURCE-TIMEOUT", "source 'hang' dataset 'greeting'", "2 s");
    }

    /** Runs the contract on the folder; results by test name (dynamic tests and containers alike). */
    private static Map<String, TestExecutionResult> run(Path folder) {
        OnFolder.folder = folder;
        Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(OnFolder.class)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.getType().isTest()) {
                            results.put(id.getDisplayName(), result);
                        }
                    }
                });
        return results;
    }

    private static String failure(Map<String, TestExecutionResult> results, String name) {
        assertThat(results).containsKey(name);
        TestExecutionResult r = results.get(name);
        assertThat(r.getStatus()).as(name).isEqualTo(TestExecutionResult.Status.FAILED);
        return r.getThrowable().orElseThrow().getMessage();
    }
}
