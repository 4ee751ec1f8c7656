package dev.dossier.core.source;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one external plugin: its jar, or every jar of its folder.
 *
 * <p>Delegation rules, all decided in {@link #isShared(String)}:
 * <ul>
 *   <li>{@code dev.dossier.api.*} comes from the engine's loader, so a plugin's
 *       {@code DataSourceProvider} is the very interface the engine calls;</li>
 *   <li>JDK classes come from the platform loader (this loader's parent);</li>
 *   <li>everything else is looked up in the plugin's own jars first.</li>
 * </ul>
 * Why: a plugin must never see the engine's libraries (Jackson, OpenPDF …) nor another
 * plugin's, so two plugins may each bundle a different version of the same library, and an
 * engine upgrade cannot break a plugin by changing a library under it.
 *
 * <p>Thread-safe (registered as parallel capable).
 *
 * @since 0.1
 */
public final class PluginClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String API_PACKAGE = "dev.dossier.api.";
    private static final String API_RESOURCES = "dev/dossier/api/";

    private final ClassLoader apiLoader;
    private final String origin;

    /**
     * @param origin    the plugin jar or folder, for messages
     * @param jars      the plugin's jars
     * @param apiLoader the loader that defines {@code dev.dossier.api}
     */
    public PluginClassLoader(String origin, List<URL> jars, ClassLoader apiLoader) {
        super("plugin:" + origin, jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        this.apiLoader = apiLoader;
        this.origin = origin;
    }

    /** The plugin jar or folder this loader reads. */
    public String origin() {
        return origin;
    }

    /** Whether a class or resource name belongs to the SPI shared with the engine. */
    static boolean isShared(String name) {
        return name.startsWith(API_PACKAGE) || name.startsWith(API_RESOURCES);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return apiLoader.loadClass(name);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                // the JDK first: a plugin may not replace java.* classes
                try {
                    c = getParent().loadClass(name);
                } catch (ClassNotFoundException notInJdk) {
                    c = findClass(name);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        if (isShared(name)) {
            return apiLoader.getResource(name);
        }
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (isShared(name)) {
            return apiLoader.getResources(name);
        }
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        all.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(all);
    }
}
