package dev.dossier.core.source;

import dev.dossier.core.testing.FixtureJars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.api.Row;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.error.DossierException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryTest {

    private static final String SEES = "new fixture.lib.Greeting().text() + \" \" + engineLibrary()";
    private static final String PEEK = """
            static String engineLibrary() {
                try {
                    Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
                    return "sees-engine-jackson";
                } catch (ClassNotFoundException e) {
                    return "isolated";
                }
            }
            """;

    @TempDir
    static Path work;
    static Path classesV1;
    static Path classesV2;

    @TempDir
    Path plugins;

    @BeforeAll
    static void compileFixtures() throws IOException {
        Map<String, String> v1 = new LinkedHashMap<>();
        v1.put("fixture.lib.Greeting", FixtureJars.greeting("v1"));
        v1.put("fixture.alpha.AlphaProvider", FixtureJars.provider("fixture.alpha.AlphaProvider", "fixture-alpha", SEES, PEEK));
        v1.put("fixture.ok.OkProvider", FixtureJars.provider("fixture.ok.OkProvider", "fixture-ok", "\"ok\"", ""));
        v1.put("fixture.throwing.ThrowingProvider", FixtureJars.provider("fixture.throwing.ThrowingProvider", "fixture-throwing",
                "\"never\"", "public ThrowingProvider() { throw new IllegalStateException(\"licence key missing\"); }"));
        v1.put("fixture.dup.one.DupProvider", FixtureJars.provider("fixture.dup.one.DupProvider", "fixture-dup", "\"one\"", ""));
        v1.put("fixture.dup.two.DupProvider", FixtureJars.provider("fixture.dup.two.DupProvider", "fixture-dup", "\"two\"", ""));
        classesV1 = FixtureJars.compile(work, v1);

        Map<String, String> v2 = new LinkedHashMap<>();
        v2.put("fixture.lib.Greeting", FixtureJars.greeting("v2"));
        v2.put("fixture.beta.BetaProvider", FixtureJars.provider("fixture.beta.BetaProvider", "fixture-beta", SEES, PEEK));
        classesV2 = FixtureJars.compile(work, v2);
    }

    @Test
    void twoPluginsBundlingDifferentVersionsOfALibraryEachSeeTheirOwn() throws IOException {
        // alpha: a folder plugin, its library in a separate jar; beta: one jar bundling its library
        FixtureJars.jar(plugins.resolve("alpha/alpha-provider.jar"), classesV1, List.of("fixture.alpha."),
                List.of("fixture.alpha.AlphaProvider"));
        FixtureJars.jar(plugins.resolve("alpha/lib/greeting-1.jar"), classesV1, List.of("fixture.lib."), List.of());
        FixtureJars.jar(plugins.resolve("beta-2.0.jar"), classesV2, List.of("fixture.beta.", "fixture.lib."),
                List.of("fixture.beta.BetaProvider"));

        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(plugins))) {
            LoadedProvider alpha = registry.find("fixture-alpha").orElseThrow();
            LoadedProvider beta = registry.find("fixture-beta").orElseThrow();

            assertThat(alpha.origin()).isEqualTo(plugins.resolve("alpha").toString());
            assertThat(beta.origin()).isEqualTo(plugins.resolve("beta-2.0.jar").toString());
            assertThat(greeting(alpha)).isEqualTo("v1 isolated");
            assertThat(greeting(beta)).isEqualTo("v2 isolated");
            assertThat(alpha.provider().getClass().getClassLoader())
                    .isInstanceOf(PluginClassLoader.class)
                    .isNotSameAs(beta.provider().getClass().getClassLoader());
        }
    }

    @Test
    void aMistypedServicesEntrySuggestsTheClassInTheJar() throws IOException {
        FixtureJars.jar(plugins.resolve("typo.jar"), classesV1, List.of("fixture.ok."), List.of("fixture.ok.OkProvidr"));
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(plugins))) {
            assertThat(registry.warnings()).anySatisfy(w -> assertThat(w)
                    .contains("fixture.ok.OkProvidr").contains("did you mean 'fixture.ok.OkProvider'"));
        }
    }

    @Test
    void brokenServicesEntryAndThrowingConstructorAreSkippedWhileOthersLoad() throws IOException {
        FixtureJars.jar(plugins.resolve("broken.jar"), classesV1, List.of("fixture.ok."),
                List.of("fixture.missing.Nope", "fixture.ok.OkProvider"));
        FixtureJars.jar(plugins.resolve("throwing.jar"), classesV1, List.of("fixture.throwing."),
                List.of("fixture.throwing.ThrowingProvider"));

        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(plugins))) {
            assertThat(registry.find("fixture-ok")).isPresent();
            assertThat(registry.find("fixture-throwing")).isEmpty();
            assertThat(registry.warnings())
                    .anySatisfy(w -> assertThat(w).contains("broken.jar").contains("fixture.missing.Nope").contains("cannot be found"))
                    .anySatisfy(w -> assertThat(w).contains("throwing.jar").contains("constructor").contains("licence key missing"));
        }
    }

    @Test
    void anIdTwoPluginsClaimIsUnusableWithAWarningNamingBothJarsWhileTheOthersLoad() throws IOException {
        FixtureJars.jar(plugins.resolve("dup-one.jar"), classesV1, List.of("fixture.dup.one."), List.of("fixture.dup.one.DupProvider"));
        FixtureJars.jar(plugins.resolve("dup-two.jar"), classesV1, List.of("fixture.dup.two."), List.of("fixture.dup.two.DupProvider"));
        FixtureJars.jar(plugins.resolve("ok.jar"), classesV1, List.of("fixture.ok."), List.of("fixture.ok.OkProvider"));

        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(plugins))) {
            assertThat(registry.find("fixture-dup")).isEmpty();
            assertThat(registry.find("fixture-ok")).isPresent();
            assertThat(registry.warnings()).singleElement().satisfies(w -> assertThat(w)
                    .contains("'fixture-dup'", "dup-one.jar", "dup-two.jar", "unusable"));
            assertThat(registry.duplicate("fixture-dup")).hasValueSatisfying(why -> assertThat(why)
                    .contains("dup-one.jar", "dup-two.jar"));
            assertThat(registry.whyMissing("fixture-dup")).contains("dup-one.jar");
        }
    }

    @Test
    void oneJarCopiedIntoTwoPluginsFoldersIsOnePlugin() throws IOException {
        Path first = plugins.resolve("first");
        Path second = plugins.resolve("second");
        Path jar = FixtureJars.jar(first.resolve("ok.jar"), classesV1, List.of("fixture.ok."), List.of("fixture.ok.OkProvider"));
        java.nio.file.Files.createDirectories(second);
        java.nio.file.Files.copy(jar, second.resolve("ok.jar"));

        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(first, second))) {
            assertThat(registry.find("fixture-ok")).isPresent();
            assertThat(registry.duplicate("fixture-ok")).isEmpty();
            assertThat(registry.warnings()).singleElement().satisfies(w -> assertThat(w)
                    .contains("same plugin jar").contains("first").contains("second"));
        }
    }

    @Test
    void aBuildsTargetFolderLoadsThePluginOnceFromItsPluginFolder() throws IOException {
        Path target = plugins.resolve("target");
        Path jar = FixtureJars.jar(target.resolve("alpha-1.0.jar"), classesV1, List.of("fixture.alpha."),
                List.of("fixture.alpha.AlphaProvider"));
        Path folder = target.resolve("dossier-plugin/alpha");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.copy(jar, folder.resolve("alpha-1.0.jar"));
        FixtureJars.jar(folder.resolve("greeting-1.jar"), classesV1, List.of("fixture.lib."), List.of());

        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(target))) {
            assertThat(registry.warnings()).isEmpty();
            LoadedProvider alpha = registry.find("fixture-alpha").orElseThrow();
            assertThat(alpha.origin()).isEqualTo(target.resolve("dossier-plugin").toString());
            assertThat(greeting(alpha)).isEqualTo("v1 isolated");
        }
    }

    @Test
    void eachLoadedProviderIsLoggedWithVersionAndOrigin() throws IOException {
        FixtureJars.jar(plugins.resolve("ok.jar"), classesV1, List.of("fixture.ok."), List.of("fixture.ok.OkProvider"));
        List<String> lines = new ArrayList<>();
        Logger logger = Logger.getLogger(PluginLoader.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                lines.add(java.text.MessageFormat.format(r.getMessage(), r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(plugins))) {
            assertThat(registry.find("fixture-ok")).isPresent();
            assertThat(lines).contains("loaded provider 'fixture-ok' 1.0.0 from " + plugins.resolve("ok.jar"));
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void missingPluginsFolderIsAnInputError() {
        assertThatThrownBy(() -> ProviderRegistry.discover(List.of(plugins.resolve("absent"))))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo("DOS-PLUGIN-DIR"));
    }

    @Test
    void pluginsSeeTheApiButNotTheEnginesLibraries() throws Exception {
        FixtureJars.jar(plugins.resolve("ok.jar"), classesV1, List.of("fixture.ok."), List.of("fixture.ok.OkProvider"));
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of(plugins))) {
            ClassLoader loader = registry.find("fixture-ok").orElseThrow().provider().getClass().getClassLoader();
            assertThat(loader.loadClass("dev.dossier.api.Row")).isSameAs(Row.class);
            assertThat(loader.loadClass("java.util.List")).isSameAs(List.class);
            assertThatThrownBy(() -> loader.loadClass(DossierException.class.getName())).isInstanceOf(ClassNotFoundException.class);
        }
    }

    private static String greeting(LoadedProvider p) {
        List<Row> rows = SourceCalls.fetchAll(p, SourceContext.of(SourceOptions.none()), "greeting", Duration.ofSeconds(10));
        return rows.get(0).text("text");
    }
}
