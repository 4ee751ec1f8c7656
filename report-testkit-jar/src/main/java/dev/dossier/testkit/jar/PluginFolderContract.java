package dev.dossier.testkit.jar;

import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.source.ApiVersion;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.OpenedSource;
import dev.dossier.core.source.OptionValidator;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.source.SourceCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * The contract a packaged data-source plugin must keep, checked on the plugin folder itself,
 * loaded through Dossier's own loader as {@code dossier --plugins} would load it.
 *
 * <p>Where {@code DataSourceProviderContract} tests the provider's classes on the test class
 * path, this tests what ships: the folder {@code target/dossier-plugin/NAME/} with the plugin's
 * jar and its runtime dependencies. Run it after {@code package} (the archetype's build runs it
 * in {@code verify}):
 * <pre>{@code
 * class WeatherPluginIT extends PluginFolderContract {
 * }
 * }</pre>
 *
 * <p>What is checked, each as a test named after it: the folder holds jars and none bundles
 * {@code report-api}; every services entry names a class that loads in isolation (its own class
 * loader: the folder's jars, the JDK and {@code dev.dossier.api} only), is constructed within
 * {@link #timeout()} and passes the API handshake; every class the plugin's own jar refers to is
 * in the folder, the JDK or {@code report-api}; then, for each provider, through Dossier's call
 * layer (each call bounded by the timeout, every row checked against the declared columns, secret
 * option values masked in messages): the options given by {@link #options(String)} pass Dossier's
 * option check, and every dataset fetches and each row cites one of the dataset's sources.
 *
 * <p>The folder is the system property {@value #FOLDER_PROPERTY} (the archetype's build sets it),
 * else the only sub-folder of {@code target/dossier-plugin}.
 *
 * @since 0.3
 */
public abstract class PluginFolderContract {

    /** System property naming the plugin folder to check. */
    public static final String FOLDER_PROPERTY = "dossier.plugin.folder";

    private ProviderRegistry registry;

    /** The packaged plugin folder; see the class description for the default. */
    protected Path pluginFolder() {
        String given = System.getProperty(FOLDER_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path packaged = Path.of("target", "dossier-plugin");
        try (Stream<Path> entries = Files.isDirectory(packaged) ? Files.list(packaged) : Stream.empty()) {
            List<Path> folders = entries.filter(Files::isDirectory).toList();
            if (folders.size() != 1) {
                throw new AssertionFailedError(packaged + " should hold exactly one plugin folder, found " + folders
                        + "; set -D" + FOLDER_PROPERTY + "=DIR or override pluginFolder()");
            }
            return folders.get(0);
        } catch (IOException e) {
            throw new AssertionFailedError(packaged + ": " + e.getMessage(), e);
        }
    }

    /** Options (as a template would give them) under which every dataset of provider {@code id} can be fetched; none by default. */
    protected Map<String, String> options(String id) {
        return Map.of();
    }

    /** The folder relative paths in options resolve against; the working folder by default. */
    protected Path baseDirectory() {
        return Path.of("");
    }

    /** The bound on loading and on each call into the plugin; 30 seconds by default, like Dossier's. */
    protected Duration timeout() {
        return SourceCalls.DEFAULT_TIMEOUT;
    }

    /** Classes the plugin refers to but deliberately does not ship (an optional feature it guards); none by default. */
    protected Set<String> optionalClasses() {
        return Set.of();
    }

    @AfterEach
    void closeThePlugin() {
        if (registry != null) {
            registry.close();
            registry = null;
        }
    }

    @TestFactory
    Stream<DynamicNode> thePackagedPluginLoadsInIsolationAndKeepsTheContract() {
        Path folder = pluginFolder();
        PluginFolder plugin = PluginFolder.at(folder);
        String seconds = timeout().toMillis() % 1000 == 0 ? timeout().toSeconds() + " s" : timeout().toMillis() + " ms";
        Stream<DynamicNode> checks = Stream.of(
                test("plugin folder " + folder + " holds the plugin's jars", () -> {
                    if (plugin.jars().isEmpty()) {
                        fail(folder + " holds no .jar file; package the plugin first (mvn verify builds target/dossier-plugin/NAME/)");
                    }
                }),
                test("no jar in the folder bundles report-api (Dossier supplies it)", () -> {
                    if (!plugin.jarsBundlingTheApi().isEmpty()) {
                        fail(plugin.jarsBundlingTheApi() + " bundle dev.dossier.api classes; declare report-api <scope>provided</scope>");
                    }
                }),
                test("every services entry names a provider that loads in isolation within " + seconds
                        + " and passes the API handshake (Dossier API " + ApiVersion.ENGINE + ")", () -> {
                    ProviderRegistry r = registry(folder);
                    if (!r.warnings().isEmpty()) {
                        fail(String.join("\n", r.warnings()));
                    }
                    if (r.providers().isEmpty()) {
                        fail(folder + ": no provider loaded; list the provider class in " + PluginFolder.SERVICES);
                    }
                }),
                test("every class the plugin's jar refers to is in the folder, the JDK or report-api", () -> {
                    List<String> missing = DependencyCheck.missing(plugin.ownJars(), plugin.jars(), optionalClasses()::contains);
                    if (!missing.isEmpty()) {
                        fail(missing.size() + " classes are missing from " + folder + " (add the libraries as runtime"
                                + " dependencies so the build copies them there):\n  " + String.join("\n  ", missing));
                    }
                }));
        Stream<DynamicNode> providers = Stream.of(folder).flatMap(f -> registryOrEmpty(f).providers().stream()
                .map(this::providerChecks));
        return Stream.concat(checks, providers);
    }

    private DynamicNode providerChecks(LoadedProvider p) {
        return DynamicContainer.dynamicContainer("provider '" + p.id() + "' " + p.version() + " (built for API " + p.api() + ")",
                Stream.of(p).flatMap(x -> {
                    SourceOptions options = validated(p);
                    List<DatasetDescriptor> datasets;
                    try (OpenedSource source = SourceCalls.open(p, context(options), timeout())) {
                        datasets = source.datasets();
                    }
                    Stream<DynamicNode> each = datasets.stream().map(d -> test("dataset '" + d.name()
                            + "' fetches through Dossier's call layer, its rows follow the declared columns and cite its sources",
                            () -> fetchAndCheck(p, options, d.name())));
                    return Stream.concat(Stream.of(test("opens with options " + masked(p) + " that pass Dossier's option check",
                            () -> validated(p))), each);
                }));
    }

    private void fetchAndCheck(LoadedProvider p, SourceOptions options, String dataset) {
        try (OpenedSource source = SourceCalls.open(p, context(options), timeout())) {
            Dataset d = source.fetch(dataset);
            Set<String> cited = d.provenance().stream().map(Provenance::citationKey).collect(Collectors.toSet());
            long n = 0;
            try (RowCursor rows = d.rows()) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    n++;
                    if (!cited.contains(row.provenance().citationKey())) {
                        fail("source '" + p.id() + "' dataset '" + dataset + "' row " + n + " cites '" + row.provenance().title()
                                + "', which is not among the dataset's provenance()");
                    }
                }
            }
        } catch (DossierException e) {
            fail(e.code() + ": " + e.getMessage());
        } catch (SourceException e) {
            fail("source '" + p.id() + "' dataset '" + dataset + "': rows() failed: " + e.getMessage());
        }
    }

    private SourceOptions validated(LoadedProvider p) {
        try {
            return OptionValidator.validate(p, options(p.id()), baseDirectory());
        } catch (DossierException e) {
            throw new AssertionFailedError(e.code() + ": " + e.getMessage()
                    + (e.details().isEmpty() ? "" : "\n" + String.join("\n", e.details())));
        }
    }

    /** The test options with secret values hidden, for test names. */
    private String masked(LoadedProvider p) {
        Set<String> secret = p.provider().options().stream().filter(o -> o.secret()).map(o -> o.name()).collect(Collectors.toSet());
        return new java.util.TreeMap<>(options(p.id())).entrySet().stream()
                .map(e -> e.getKey() + "=" + (secret.contains(e.getKey()) ? "****" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private SourceContext context(SourceOptions options) {
        return new SourceContext(options, Map.of(), Locale.US, baseDirectory());
    }

    private ProviderRegistry registry(Path folder) {
        if (registry == null) {
            try {
                registry = ProviderRegistry.discoverPlugin(folder, timeout());
            } catch (DossierException e) {
                throw new AssertionFailedError(e.code() + ": " + e.getMessage());
            }
        }
        return registry;
    }

    private ProviderRegistry registryOrEmpty(Path folder) {
        try {
            return registry(folder);
        } catch (AssertionFailedError e) {
            return ProviderRegistry.discover(null, List.of()); // reported by the loading check
        }
    }

    private static DynamicTest test(String name, Executable body) {
        return DynamicTest.dynamicTest(name, body);
    }

    private static void fail(String message) {
        throw new AssertionFailedError(message);
    }
}
