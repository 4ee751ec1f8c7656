package dev.dossier.core.source;

import java.nio.file.Path;
import java.util.List;

/**
 * One external plugin as found on disk: a single jar, or a folder holding the plugin jar and
 * the jars it depends on. Each bundle gets its own {@link PluginClassLoader}.
 *
 * @param origin the jar or folder, as found inside the plugins folder
 * @param jars   the jars to load, sorted by path; never empty
 */
record PluginBundle(Path origin, List<Path> jars) {

    PluginBundle {
        jars = List.copyOf(jars);
    }
}
