package dev.dossier.core.source;

import dev.dossier.api.DataSourceProvider;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Loads providers: the built-ins from the engine's class path, then each plugin of each
 * plugins folder in its own {@link PluginClassLoader}.
 *
 * <p>Broken providers do not stop loading: each becomes one line in {@link #warnings()}
 * and a log warning. Each loaded provider is logged as
 * {@code loaded provider 'talent' 1.0.0 from plugins/talent-source-1.0.0.jar}.
 * Not thread-safe; use one instance per discovery.
 */
final class PluginLoader {

    private static final System.Logger LOG = System.getLogger(PluginLoader.class.getName());

    private final ClassLoader apiLoader = DataSourceProvider.class.getClassLoader();
    private final List<LoadedProvider> loaded = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<PluginClassLoader> classLoaders = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final long deadline;
    private final Duration timeout;

    /** A handshake running on its own thread. */
    private record Pending(String where, PluginClassLoader loader, CompletableFuture<Handshake.Outcome> outcome) {
    }

    /** @param timeout how long discovery as a whole may wait for providers to be constructed */
    PluginLoader(Duration timeout) {
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** Loads the providers registered on the given (application) class loader as built-ins. */
    void loadBuiltIns(ClassLoader engineLoader) {
        List<String> names;
        try {
            names = ServiceEntries.visibleEntries(engineLoader);
        } catch (IOException e) {
            warn(LoadedProvider.BUILT_IN + ": cannot read " + ServiceEntries.SERVICES_FILE + ": " + e.getMessage());
            return;
        }
        for (String name : names) {
            start(name, engineLoader, LoadedProvider.BUILT_IN, null);
        }
    }

    /** Loads every plugin in the folder; see {@link PluginLocator} for what counts as a plugin. */
    void loadPlugins(Path pluginDir) {
        for (PluginBundle bundle : PluginLocator.locate(pluginDir, warnings)) {
            loadBundle(bundle);
        }
    }

    /** Loads one plugin jar or folder; see {@link PluginLocator#single(Path)}. */
    void loadPlugin(Path plugin) {
        loadBundle(PluginLocator.single(plugin));
    }

    private void loadBundle(PluginBundle bundle) {
        String origin = bundle.origin().toString();
        PluginClassLoader loader;
        List<String> names;
        try {
            loader = new PluginClassLoader(origin, urls(bundle), apiLoader);
        } catch (MalformedURLException e) {
            warn(origin + ": cannot be loaded: " + e.getMessage() + "; skipped");
            return;
        }
        try {
            names = ServiceEntries.ownEntries(loader);
        } catch (IOException e) {
            warn(origin + ": cannot read " + ServiceEntries.SERVICES_FILE + ": " + e.getMessage() + "; skipped");
            close(loader);
            return;
        }
        if (names.isEmpty()) {
            warn(origin + ": no " + ServiceEntries.SERVICES_FILE + " entry; not a Dossier plugin; skipped");
            close(loader);
        }
        for (String name : names) {
            start(name, loader, origin, loader);
        }
    }

    private void start(String className, ClassLoader loader, String origin, PluginClassLoader own) {
        CompletableFuture<Handshake.Outcome> outcome = CompletableFuture.supplyAsync(
                () -> loadAs(className, loader, origin), task -> {
                    Thread t = new Thread(task, "dossier-load-" + className);
                    t.setDaemon(true);
                    t.start();
                });
        pending.add(new Pending(origin + ": provider " + className, own, outcome));
    }

    private static Handshake.Outcome loadAs(String className, ClassLoader loader, String origin) {
        try {
            return PluginThreads.run(origin + ": loading provider " + className, () -> Handshake.load(className, loader, origin));
        } catch (Exception e) {
            return Handshake.Outcome.refused(origin + ": provider " + className + " failed to load: " + e + "; skipped");
        }
    }

    /** Waits for every started handshake until the deadline, in the order they were started. */
    void finish() {
        List<PluginClassLoader> used = new ArrayList<>();
        List<PluginClassLoader> seen = new ArrayList<>();
        for (Pending p : pending) {
            Handshake.Outcome outcome;
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                outcome = p.outcome().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                outcome = Handshake.Outcome.refused(p.where() + " did not finish loading within " + seconds(timeout)
                        + " (its constructor or static initialiser hangs); skipped");
            } catch (ExecutionException e) {
                outcome = Handshake.Outcome.refused(p.where() + " failed to load: " + e.getCause() + "; skipped");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = Handshake.Outcome.refused(p.where() + ": loading was interrupted; skipped");
            }
            accept(outcome);
            if (p.loader() != null && !seen.contains(p.loader())) {
                seen.add(p.loader());
            }
            if (p.loader() != null && outcome.loaded() != null && !used.contains(p.loader())) {
                used.add(p.loader());
            }
        }
        pending.clear();
        classLoaders.addAll(used);
        seen.stream().filter(l -> !used.contains(l)).forEach(PluginLoader::close);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private void accept(Handshake.Outcome outcome) {
        if (outcome.loaded() != null) {
            LoadedProvider p = outcome.loaded();
            LOG.log(Level.INFO, "loaded provider ''{0}'' {1} from {2}", p.id(), p.version(), p.origin());
            loaded.add(p);
        } else {
            warn(outcome.refused());
        }
    }

    private void warn(String line) {
        // the caller prints warnings() itself; logging them as warnings too printed each twice
        LOG.log(Level.DEBUG, line);
        warnings.add(line);
    }

    private static List<URL> urls(PluginBundle bundle) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path jar : bundle.jars()) {
            urls.add(jar.toUri().toURL());
        }
        return urls;
    }

    static void close(PluginClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot close class loader of " + loader.origin(), e);
        }
    }

    List<LoadedProvider> loaded() {
        return loaded;
    }

    List<String> warnings() {
        return warnings;
    }

    /** The class loaders of plugins that contributed at least one provider. */
    List<PluginClassLoader> classLoaders() {
        return classLoaders;
    }
}
