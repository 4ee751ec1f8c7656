package dev.dossier.testkit.jar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A packaged plugin as it lies on disk: the folder {@code --plugins} loads as one plugin, with
 * the plugin's own jar and the jars it depends on.
 *
 * @param folder the plugin folder, e.g. {@code target/dossier-plugin/weather-source}
 * @param jars   every jar below it, sorted
 */
record PluginFolder(Path folder, List<Path> jars) {

    static final String SERVICES = "META-INF/services/dev.dossier.api.DataSourceProvider";

    /** The jars of the folder; empty when it does not exist. */
    static PluginFolder at(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new PluginFolder(folder, List.of());
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return new PluginFolder(folder, walk.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jars that register a provider: the plugin's own. */
    List<Path> ownJars() {
        return jars.stream().filter(j -> holds(j, SERVICES)).toList();
    }

    /** The jars that carry classes of {@code dev.dossier.api}, which Dossier supplies and a plugin must not bundle. */
    List<Path> jarsBundlingTheApi() {
        return jars.stream().filter(j -> holds(j, "dev/dossier/api/")).toList();
    }

    /** Whether the jar has an entry whose name starts with {@code prefix}. */
    private static boolean holds(Path jar, String prefix) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().anyMatch(e -> e.getName().startsWith(prefix) && !e.isDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(jar + ": not a readable jar", e);
        }
    }
}
