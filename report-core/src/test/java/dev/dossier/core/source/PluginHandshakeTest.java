package dev.dossier.core.source;

import dev.dossier.core.testing.FixtureJars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.DossierApi;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API handshake and loading under a time limit, on plugin jars compiled here against other
 * report-api versions: a newer one (minor version bumped, with a type this engine lacks) and the
 * one before providers stated their version.
 */
class PluginHandshakeTest {

    /** report-api as a later release would have it: one minor version up, with a type added. */
    private static final Map<String, String> NEWER_API = Map.of(
            "dev.dossier.api.DossierApi", """
                    package dev.dossier.api;
                    public final class DossierApi {
                        public static final int MAJOR = %d;
                        public static final int MINOR = %d;
                        public static final String VERSION = MAJOR + "." + MINOR;
                        private DossierApi() { }
                    }
                    """.formatted(DossierApi.MAJOR, DossierApi.MINOR + 1),
            "dev.dossier.api.Sparkline", """
                    package dev.dossier.api;
                    public final class Sparkline {
                        public static String of(String text) { return text; }
                    }
                    """);

    /** report-api 1.0: apiVersion() was an int default method, so plugins did not implement it. */
    private static final Map<String, String> FIRST_API = Map.of("dev.dossier.api.DataSourceProvider", """
            package dev.dossier.api;
            import java.util.List;
            import java.util.Optional;
            public interface DataSourceProvider {
                String id();
                default String description() { return ""; }
                default String version() { return "0"; }
                default int apiVersion() { return 1; }
                List<DatasetDescriptor> datasets();
                default List<DatasetDescriptor> datasets(SourceOptions options) throws SourceException { return datasets(); }
                default List<OptionDescriptor> options() { return List.of(); }
                default Optional<DatasetDescriptor> dataset(String name) { return Optional.empty(); }
                DataSource open(SourceContext context) throws SourceException;
            }
            """);

    @TempDir
    static Path work;
    static Path newer;
    static Path first;
    static Path current;

    @TempDir
    Path plugins;

    @BeforeAll
    static void compileFixtures() throws IOException {
        Path newerApi = FixtureJars.compile(work, NEWER_API);
        newer = FixtureJars.compile(work, Map.of("fixture.newer.NewerProvider", FixtureJars.provider(
                "fixture.newer.NewerProvider", "fixture-newer", "Sparkline.of(\"new\")", "")), List.of(newerApi));
        Path firstApi = FixtureJars.compile(work, FIRST_API);
        first = FixtureJars.compile(work, Map.of(
                "fixture.first.FirstProvider", FixtureJars.provider("fixture.first.FirstProvider", "fixture-first",
                        "\"first\"", "/* built before apiVersion() was stated */"),
                "fixture.major.MajorProvider", FixtureJars.provider("fixture.major.MajorProvider", "fixture-major",
                        "\"major\"", "public int apiVersion() { return 2; }")), List.of(firstApi));
        current = FixtureJars.compile(work, Map.of(
                "fixture.ok.OkProvider", FixtureJars.provider("fixture.ok.OkProvider", "fixture-ok", "\"ok\"", ""),
                "fixture.hang.HangingProvider", FixtureJars.provider("fixture.hang.HangingProvider", "fixture-hang", "\"never\"",
                        "static { try { new java.util.concurrent.CountDownLatch(1).await(); } catch (InterruptedException e) { } }"),
                "fixture.slow.SlowProvider", FixtureJars.provider("fixture.slow.SlowProvider", "fixture-slow", "\"never\"",
                        "public SlowProvider() { while (true) { Thread.onSpinWait(); } }")));
    }

    @Test
    void aPluginBuiltForANewerApiIsRefusedAtLoadNamingJarBothVersionsAndWhatToDo() throws IOException {
        FixtureJars.jar(plugins.resolve("newer-2.0.jar"), newer, List.of("fixture.newer."), List.of("fixture.newer.NewerProvider"));
        FixtureJars.jar(plugins.resolve("ok.jar"), current, List.of("fixture.ok."), List.of("fixture.ok.OkProvider"));

        try (ProviderRegistry registry = ProviderRegistry.discover(null, List.of(plugins), Duration.ofSeconds(20))) {
            String wanted = DossierApi.MAJOR + "." + (DossierApi.MINOR + 1);
            assertThat(registry.find("fixture-newer")).isEmpty();
            assertThat(registry.find("fixture-ok")).isPresent();
            assertThat(registry.warnings()).singleElement().satisfies(w -> assertThat(w)
                    .contains(plugins.resolve("newer-2.0.jar").toString())
                    .contains("built for Dossier API " + wanted)
                    .contains("provides API " + DossierApi.VERSION)
                    .contains("upgrade Dossier"));
            assertThat(registry.whyMissing("fixture-newer")).contains("built for Dossier API " + wanted);
        }
    }

    @Test
    void pluginsBuiltBeforeProvidersStatedAVersionLoadAsApiOneZeroAndAnOlderMajorIsRefused() throws IOException {
        FixtureJars.jar(plugins.resolve("first.jar"), first, List.of("fixture.first."), List.of("fixture.first.FirstProvider"));
        FixtureJars.jar(plugins.resolve("major.jar"), first, List.of("fixture.major."), List.of("fixture.major.MajorProvider"));

        try (ProviderRegistry registry = ProviderRegistry.discover(null, List.of(plugins), Duration.ofSeconds(20))) {
            assertThat(registry.find("fixture-first")).hasValueSatisfying(p ->
                    assertThat(p.api()).isEqualTo(new ApiVersion(1, 0)));
            assertThat(registry.find("fixture-major")).isEmpty();
            assertThat(registry.warnings()).singleElement().satisfies(w -> assertThat(w)
                    .contains("major.jar").contains("built for Dossier API 2.0"));
        }
    }

    @Test
    void providersThatHangWhileConstructedAreSkippedWithOneWarningEachAndTheOthersLoad() throws IOException {
        FixtureJars.jar(plugins.resolve("hang.jar"), current, List.of("fixture.hang."), List.of("fixture.hang.HangingProvider"));
        FixtureJars.jar(plugins.resolve("slow.jar"), current, List.of("fixture.slow."), List.of("fixture.slow.SlowProvider"));
        FixtureJars.jar(plugins.resolve("ok.jar"), current, List.of("fixture.ok."), List.of("fixture.ok.OkProvider"));

        try (ProviderRegistry registry = ProviderRegistry.discover(null, List.of(plugins), Duration.ofMillis(1500))) {
            assertThat(registry.providers()).extracting(LoadedProvider::id).containsExactly("fixture-ok");
            assertThat(registry.warnings()).hasSize(2)
                    .anySatisfy(w -> assertThat(w).contains("hang.jar", "HangingProvider", "did not finish loading within 1500 ms"))
                    .anySatisfy(w -> assertThat(w).contains("slow.jar", "SlowProvider", "did not finish loading within 1500 ms"));
        }
    }

    @Test
    void compatibilityRuleIsSameMajorAndNoNewerMinor() {
        ApiVersion engine = new ApiVersion(1, 3);
        assertThat(ApiVersion.parse("1.0").runsOn(engine)).isTrue();
        assertThat(ApiVersion.parse("1.3").runsOn(engine)).isTrue();
        assertThat(ApiVersion.parse("1.4").runsOn(engine)).isFalse();
        assertThat(ApiVersion.parse("2.0").runsOn(engine)).isFalse();
        assertThat(ApiVersion.parse("0.9").runsOn(engine)).isFalse();
    }
}
