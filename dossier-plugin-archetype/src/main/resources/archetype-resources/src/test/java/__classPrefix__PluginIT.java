package ${package};

import dev.dossier.testkit.jar.PluginFolderContract;

/**
 * The packaged plugin, target/dossier-plugin/${artifactId}/, loaded through Dossier's own loader as
 * {@code dossier --plugins} loads it: services entries, dependencies inside the folder, the API
 * handshake, then every dataset through Dossier's timed, row-checking call layer. Runs in
 * {@code mvn verify}, after the folder is laid out.
 */
class ${classPrefix}PluginIT extends PluginFolderContract {
}
