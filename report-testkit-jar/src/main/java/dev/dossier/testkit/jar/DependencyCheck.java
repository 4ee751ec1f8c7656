package dev.dossier.testkit.jar;

import dev.dossier.api.DataSourceProvider;
import dev.dossier.core.source.PluginClassLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the classes a plugin's own jar refers to that its folder does not supply: a dependency
 * left out of the packaged plugin, found before a report hits {@code NoClassDefFoundError}.
 *
 * <p>Classes resolve the way Dossier resolves them at run time, through a {@link PluginClassLoader}
 * over every jar of the folder: the folder's jars, the JDK and {@code dev.dossier.api}.
 */
final class DependencyCheck {

    private DependencyCheck() {
    }

    /**
     * @param ownJars  the plugin's own jars (those with a services file), whose references are followed
     * @param allJars  every jar of the plugin folder
     * @param optional classes the plugin may refer to without shipping (guarded optional features)
     * @return one line per class that does not resolve, naming the first class that refers to it; empty when all resolve
     */
    static List<String> missing(List<Path> ownJars, List<Path> allJars, Predicate<String> optional) {
        List<String> missing = new ArrayList<>();
        try (PluginClassLoader loader = new PluginClassLoader("dependency check", urls(allJars),
                DataSourceProvider.class.getClassLoader())) {
            for (Path jar : ownJars) {
                for (Map.Entry<String, String> ref : ClassReferences.of(jar).entrySet()) {
                    if (!optional.test(ref.getKey()) && !resolves(ref.getKey(), loader)) {
                        missing.add(ref.getKey() + " (used by " + ref.getValue() + " in " + jar.getFileName() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    private static boolean resolves(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static List<URL> urls(List<Path> jars) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            urls.add(jar.toUri().toURL());
        }
        return urls;
    }
}
