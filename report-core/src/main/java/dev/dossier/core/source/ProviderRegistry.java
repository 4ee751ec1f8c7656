package dev.dossier.core.source;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * API version, invalid id, no datasets) is skipped and described in {@link #warnings()}; the
 * others still load. Ids are unique: two providers claiming the same id are an error.
 *
 * <p>Immutable and thread-safe once discovered. {@link #close()} releases the plugins' jar
 * files; providers must not be used afterwards.
 *
 * @since 0.1
 */
public final class ProviderRegistry implements AutoCloseable {

    private final Map<String, LoadedProvider> byId;
    private final List<String> warnings;
    private final List<PluginClassLoader> classLoaders;

    private ProviderRegistry(Map<String, LoadedProvider> byId, List<String> warnings, List<PluginClassLoader> loaders) {
        this.byId = byId;
        this.warnings = List.copyOf(warnings);
        this.classLoaders = List.copyOf(loaders);
    }

    /**
     * Discovers the built-in providers on the engine's class path and the plugins of each folder.
     *
     * @param pluginDirs plugins folders, searched in order; may be empty
     * @throws DossierException INPUT {@code DOS-PLUGIN-DIR} when a folder does not exist;
     *                          INPUT {@code DOS-PLUGIN-DUPLICATE} naming both origins when two providers share an id
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
        PluginLoader loader = new PluginLoader();
        try {
            if (builtInLoader != null) {
                loader.loadBuiltIns(builtInLoader);
            }
            for (Path dir : pluginDirs) {
                loader.loadPlugins(dir);
            }
            return new ProviderRegistry(index(loader.loaded()), loader.warnings(), loader.classLoaders());
        } catch (RuntimeException e) {
            loader.classLoaders().forEach(PluginLoader::close);
            throw e;
        }
    }

    private static Map<String, LoadedProvider> index(List<LoadedProvider> loaded) {
        Map<String, LoadedProvider> byId = new LinkedHashMap<>();
        List<LoadedProvider> sorted = new ArrayList<>(loaded);
        sorted.sort(Comparator.comparing(LoadedProvider::id));
        for (LoadedProvider p : sorted) {
            LoadedProvider earlier = byId.putIfAbsent(p.id(), p);
            if (earlier != null) {
                throw DossierException.input(ErrorCode.PLUGIN_DUPLICATE, "provider id '" + p.id() + "' is claimed twice: by "
                        + earlier.provider().getClass().getName() + " from " + earlier.origin() + " and by "
                        + p.provider().getClass().getName() + " from " + p.origin()
                        + (earlier.isBuiltIn() || p.isBuiltIn()
                        ? "; built-in ids are reserved: give the plugin another id()"
                        : "; remove one of the two from the plugins folders"));
            }
        }
        return byId;
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
