package dev.dossier.core.source;

import dev.dossier.core.error.DossierException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The data-source providers available to a run: the built-ins and those of the plugins folders.
 *
 * <p>Built-ins are the providers registered in {@code META-INF/services/dev.dossier.api.DataSourceProvider}
 * on the engine's class path. Each plugin — a {@code *.jar} in a plugins folder, or a sub-folder
 * holding a plugin jar with its dependency jars — gets its own {@link PluginClassLoader}, so
 * plugins see only {@code dev.dossier.api} and the JDK, and two plugins may bundle different
 * versions of one library.
 *
 * <p>A provider that cannot be loaded (class missing, constructor throws, built for another
 * API version, invalid id, no datasets, hangs while constructed) is skipped and described in
 * {@link #warnings()}; the others still load. Ids are unique: an id two plugins claim is
 * unusable (see {@link #discover(ClassLoader, List, Duration)}).
 *
 * <p>Immutable and thread-safe once discovered. {@link #close()} releases the plugins' jar
 * files; providers must not be used afterwards.
 *
 * @since 0.1
 */
public final class ProviderRegistry implements AutoCloseable {

    private final Map<String, LoadedProvider> byId;
    private final Map<String, String> unusable;
    private final List<String> warnings;
    private final List<PluginClassLoader> classLoaders;
    private final boolean pluginsGiven;

    private ProviderRegistry(Map<String, LoadedProvider> byId, Map<String, String> unusable, List<String> warnings,
                             List<PluginClassLoader> loaders, boolean pluginsGiven) {
        this.byId = byId;
        this.unusable = unusable;
        this.warnings = List.copyOf(warnings);
        this.classLoaders = List.copyOf(loaders);
        this.pluginsGiven = pluginsGiven;
    }

    /**
     * Discovers the built-in providers on the engine's class path and the plugins of each folder,
     * waiting at most {@link SourceCalls#DEFAULT_TIMEOUT} for providers to be constructed.
     *
     * @param pluginDirs plugins folders, searched in order; may be empty
     * @throws DossierException INPUT {@code DOS-PLUGIN-DIR} when a folder does not exist
     */
    public static ProviderRegistry discover(List<Path> pluginDirs) {
        return discover(ProviderRegistry.class.getClassLoader(), pluginDirs);
    }

    /**
     * Like {@link #discover(List)}, with built-ins taken from the given class loader
     * (for embedding the engine in an application with its own class loaders).
     *
     * @param builtInLoader loader whose services files list the built-in providers; {@code null} for none
     */
    public static ProviderRegistry discover(ClassLoader builtInLoader, List<Path> pluginDirs) {
        return discover(builtInLoader, pluginDirs, SourceCalls.DEFAULT_TIMEOUT);
    }

    /**
     * Discovers providers, constructing them all at once on threads of their own and waiting for
     * them at most {@code timeout} in total: a provider whose constructor or static initialiser
     * hangs or throws is skipped with one warning, and the others load.
     *
     * <p>Two plugins claiming one id make that id unusable (a template that uses it fails with
     * {@code DOS-PLUGIN-DUPLICATE} naming both jars); a plugin claiming a built-in id is skipped.
     * Either way a warning names both origins and every other provider stays usable.
     *
     * @param builtInLoader loader whose services files list the built-in providers; {@code null} for none
     * @param pluginDirs    plugins folders, searched in order; may be empty
     * @param timeout       the longest discovery waits for providers; positive
     * @throws DossierException INPUT {@code DOS-PLUGIN-DIR} when a folder does not exist
     */
    public static ProviderRegistry discover(ClassLoader builtInLoader, List<Path> pluginDirs, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        PluginLoader loader = new PluginLoader(timeout);
        try {
            if (builtInLoader != null) {
                loader.loadBuiltIns(builtInLoader);
            }
            for (Path dir : pluginDirs) {
                loader.loadPlugins(dir);
            }
            loader.finish();
            List<String> warnings = new ArrayList<>(loader.warnings());
            Map<String, String> unusable = new LinkedHashMap<>();
            Map<String, LoadedProvider> byId = index(loader.loaded(), unusable, warnings);
            return new ProviderRegistry(byId, unusable, warnings, loader.classLoaders(), !pluginDirs.isEmpty());
        } catch (RuntimeException e) {
            loader.finish();
            loader.classLoaders().forEach(PluginLoader::close);
            throw e;
        }
    }

    /**
     * Loads one plugin alone — a jar, or a folder holding the plugin jar and its dependency jars —
     * exactly as a plugins folder would, without the built-ins or any other plugin; for checking a
     * packaged plugin.
     *
     * @throws DossierException INPUT {@code DOS-PLUGIN-DIR} when it does not exist or holds no jar
     */
    public static ProviderRegistry discoverPlugin(Path plugin, Duration timeout) {
        PluginLoader loader = new PluginLoader(timeout);
        loader.loadPlugin(plugin);
        loader.finish();
        List<String> warnings = new ArrayList<>(loader.warnings());
        Map<String, String> unusable = new LinkedHashMap<>();
        return new ProviderRegistry(index(loader.loaded(), unusable, warnings), unusable, warnings, loader.classLoaders(), true);
    }

    private static Map<String, LoadedProvider> index(List<LoadedProvider> loaded, Map<String, String> unusable,
                                                     List<String> warnings) {
        Map<String, List<LoadedProvider>> claims = new TreeMap<>();
        for (LoadedProvider p : loaded) {
            claims.computeIfAbsent(p.id(), id -> new ArrayList<>()).add(p);
        }
        Map<String, LoadedProvider> byId = new LinkedHashMap<>();
        claims.forEach((id, all) -> {
            Optional<LoadedProvider> builtIn = all.stream().filter(LoadedProvider::isBuiltIn).findFirst();
            if (all.size() == 1) {
                byId.put(id, all.get(0));
            } else if (builtIn.isEmpty() && sameJar(all)) {
                byId.put(id, all.get(0));
                warnings.add("the same plugin jar for '" + id + "' is in " + all.size() + " plugins folders ("
                        + String.join(", ", all.stream().map(LoadedProvider::origin).toList()) + "); using the first");
            } else if (builtIn.isPresent()) {
                byId.put(id, builtIn.get());
                warnings.add(claimedBy(id, all) + "; built-in ids are reserved: give the plugin another id(); the plugin is skipped");
            } else {
                String why = claimedBy(id, all) + "; the id is unusable until one of them is removed from the plugins folders";
                unusable.put(id, why);
                warnings.add(why);
            }
        });
        return byId;
    }

    /** Whether every claim comes from a byte-identical jar: one plugin copied into two folders is not a conflict. */
    private static boolean sameJar(List<LoadedProvider> all) {
        java.util.Set<String> digests = new java.util.HashSet<>();
        for (LoadedProvider p : all) {
            try {
                var source = p.provider().getClass().getProtectionDomain().getCodeSource();
                java.nio.file.Path jar = java.nio.file.Path.of(source.getLocation().toURI());
                if (!java.nio.file.Files.isRegularFile(jar)) {
                    return false;
                }
                digests.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(java.nio.file.Files.readAllBytes(jar))));
            } catch (Exception e) {
                return false; // no jar to compare: treat the claims as different plugins
            }
        }
        return digests.size() == 1;
    }

    private static String claimedBy(String id, List<LoadedProvider> all) {
        return "provider id '" + id + "' is claimed " + (all.size() == 2 ? "twice" : all.size() + " times") + ": "
                + String.join(" and ", all.stream().map(p -> "by " + p.provider().getClass().getName() + " from " + p.origin()).toList());
    }

    /**
     * Why no provider answers to {@code id}, as a clause to append to an "unknown source" message:
     * the duplicate it is, the plugins skipped at load, or that plugins load only from plugins folders.
     */
    public String whyMissing(String id) {
        if (unusable.containsKey(id)) {
            return " (" + unusable.get(id) + ")";
        }
        if (!warnings.isEmpty()) {
            return " (" + warnings.size() + (warnings.size() == 1 ? " plugin was" : " plugins were") + " skipped at load: "
                    + String.join("; ", warnings) + ")";
        }
        return pluginsGiven ? "" : " (plugin sources load only with --plugins DIR or DOSSIER_PLUGINS)";
    }

    /** The reason an id claimed by several plugins cannot be used, if it is such an id. */
    public Optional<String> duplicate(String id) {
        return Optional.ofNullable(unusable.get(id));
    }

    /** The provider with this id, if loaded. */
    public Optional<LoadedProvider> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every loaded provider, sorted by id; never null. */
    public List<LoadedProvider> providers() {
        return List.copyOf(byId.values());
    }

    /** The providers that were skipped, one line each naming the jar or folder and why; empty when all loaded. */
    public List<String> warnings() {
        return warnings;
    }

    /** Releases the plugins' jar files. */
    @Override
    public void close() {
        classLoaders.forEach(PluginLoader::close);
    }
}
