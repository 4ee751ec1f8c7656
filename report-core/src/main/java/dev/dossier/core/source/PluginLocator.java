package dev.dossier.core.source;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the plugins in a plugins folder: every {@code *.jar} directly inside it is one
 * plugin, and every sub-folder is one plugin made of all the jars below it.
 *
 * <p>Other files are ignored, so a README next to the jars does no harm. A jar directly inside
 * that is also part of a sub-folder plugin (a build's {@code target/} next to its
 * {@code dossier-plugin/} folder) is skipped in favour of the sub-folder, which has its dependencies. Results are sorted
 * by path so that discovery, its log and its warnings are the same on every run.
 */
final class PluginLocator {

    private PluginLocator() {
    }

    /**
     * @param warnings receives a line when the folder holds no plugin at all (sub-folders without
     *                 jars, such as a build's {@code classes}, are skipped quietly)
     * @throws DossierException INPUT {@code DOS-PLUGIN-DIR} when the folder does not exist or cannot be read
     */
    static List<PluginBundle> locate(Path pluginDir, List<String> warnings) {
        if (!Files.isDirectory(pluginDir)) {
            throw DossierException.input(ErrorCode.PLUGIN_DIR, pluginDir + ": plugins folder does not exist");
        }
        List<PluginBundle> bundles = new ArrayList<>();
        for (Path entry : sorted(list(pluginDir))) {
            if (Files.isDirectory(entry)) {
                List<Path> jars = jarsBelow(entry);
                if (!jars.isEmpty()) {
                    bundles.add(new PluginBundle(entry, jars));
                }
            } else if (isJar(entry)) {
                bundles.add(new PluginBundle(entry, List.of(entry)));
            }
        }
        if (bundles.isEmpty()) {
            warnings.add(pluginDir + ": plugins folder holds no .jar file");
        }
        return withoutCopies(bundles);
    }

    /**
     * Drops a lone jar that is, byte for byte, also part of a folder plugin: a build's
     * {@code target/} holds the plugin jar and {@code target/dossier-plugin/NAME/} a copy of it
     * with its dependencies, and only the folder can run. Without this, the two would claim one id.
     */
    private static List<PluginBundle> withoutCopies(List<PluginBundle> bundles) {
        List<Path> inFolders = bundles.stream().filter(b -> Files.isDirectory(b.origin())).flatMap(b -> b.jars().stream()).toList();
        return bundles.stream().filter(b -> Files.isDirectory(b.origin())
                || inFolders.stream().noneMatch(copy -> sameBytes(b.origin(), copy))).toList();
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * One plugin on its own: a jar, or a folder whose jars (at any depth) make up one plugin.
     *
     * @throws DossierException INPUT {@code DOS-PLUGIN-DIR} when it does not exist or holds no jar
     */
    static PluginBundle single(Path plugin) {
        if (Files.isRegularFile(plugin) && isJar(plugin)) {
            return new PluginBundle(plugin, List.of(plugin));
        }
        if (!Files.isDirectory(plugin)) {
            throw DossierException.input(ErrorCode.PLUGIN_DIR, plugin + ": no such plugin jar or folder");
        }
        List<Path> jars = jarsBelow(plugin);
        if (jars.isEmpty()) {
            throw DossierException.input(ErrorCode.PLUGIN_DIR, plugin + ": plugin folder holds no .jar file");
        }
        return new PluginBundle(plugin, jars);
    }

    private static List<Path> jarsBelow(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(PluginLocator::isJar).sorted().toList();
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        } catch (IOException e) {
            throw unreadable(dir, e);
        }
    }

    private static List<Path> sorted(List<Path> paths) {
        return paths.stream().sorted().toList();
    }

    private static boolean isJar(Path p) {
        return p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p);
    }

    private static DossierException unreadable(Path p, IOException e) {
        return new DossierException(ErrorCode.PLUGIN_DIR, DossierException.Kind.INPUT,
                p + ": cannot read plugins folder: " + e.getMessage(), new UncheckedIOException(e));
    }
}
