package dev.dossier.core.source;

import dev.dossier.api.DataSourceProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the provider class names listed in {@code META-INF/services/dev.dossier.api.DataSourceProvider}.
 *
 * <p>We read the services files ourselves instead of iterating {@link java.util.ServiceLoader}:
 * its iterator gives no guarantee that it can continue after one entry fails, and we must
 * report a broken entry and still load the ones after it. The file format is the
 * ServiceLoader one: one class name per line, {@code #} starts a comment.
 */
final class ServiceEntries {

    static final String SERVICES_FILE = "META-INF/services/" + DataSourceProvider.class.getName();

    private ServiceEntries() {
    }

    /** Class names from every services file the loader itself defines (not its parents), in order, without repeats. */
    static List<String> ownEntries(PluginClassLoader loader) throws IOException {
        return read(loader.findResources(SERVICES_FILE));
    }

    /** Class names from every services file visible to the loader, in class path order, without repeats. */
    static List<String> visibleEntries(ClassLoader loader) throws IOException {
        return read(loader.getResources(SERVICES_FILE));
    }

    private static List<String> read(Enumeration<URL> files) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (URL file : Collections.list(files)) {
            // no URL caching: a cached JarFile would keep the plugin jar locked after close
            var connection = file.openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream();
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    int hash = line.indexOf('#');
                    String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
        return List.copyOf(names);
    }
}
