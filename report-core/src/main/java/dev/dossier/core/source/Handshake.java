package dev.dossier.core.source;

import dev.dossier.core.text.DidYouMean;
import dev.dossier.api.DataSourceProvider;
import java.lang.reflect.InvocationTargetException;
import java.util.regex.Pattern;

/**
 * Instantiates one provider class and checks that it speaks this engine's SPI.
 *
 * <p>Everything a broken or outdated plugin can throw here — a missing class, a throwing
 * constructor, an {@link AbstractMethodError} or {@link NoSuchMethodError} from code built
 * against another {@code report-api} — becomes a {@link Outcome#refused} line naming the
 * plugin, so one bad plugin never stops the others from loading.
 */
final class Handshake {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Handshake() {
    }

    /** Either a loaded provider or a one-line reason it was refused. */
    record Outcome(LoadedProvider loaded, String refused) {
        static Outcome ok(LoadedProvider p) {
            return new Outcome(p, null);
        }

        static Outcome refused(String why) {
            return new Outcome(null, why);
        }
    }

    /** The class names in a plugin's own jars, to suggest the one a services file meant; empty for other loaders. */
    private static java.util.List<String> classesIn(ClassLoader loader) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (!(loader instanceof java.net.URLClassLoader urls)) {
            return names;
        }
        for (java.net.URL url : urls.getURLs()) {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(new java.io.File(url.toURI()))) {
                jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("META-INF/"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .forEach(names::add);
            } catch (java.io.IOException | java.net.URISyntaxException | IllegalArgumentException e) {
                // not a readable jar: no suggestion from it
            }
        }
        return names;
    }

    static Outcome load(String className, ClassLoader loader, String origin) {
        String where = origin + ": provider " + className;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // libraries inside a plugin often look up resources through the context loader
        thread.setContextClassLoader(loader);
        try {
            Class<?> type = Class.forName(className, false, loader);
            if (!DataSourceProvider.class.isAssignableFrom(type)) {
                return Outcome.refused(where + " does not implement " + DataSourceProvider.class.getName() + "; skipped");
            }
            DataSourceProvider provider = (DataSourceProvider) type.getConstructor().newInstance();
            return check(provider, where, origin);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return Outcome.refused(where + " is listed in " + ServiceEntries.SERVICES_FILE
                    + " but its class cannot be found (" + e.getMessage() + ")"
                    + DidYouMean.hint(className, classesIn(loader)) + "; skipped");
        } catch (NoSuchMethodException e) {
            return Outcome.refused(where + " has no public no-argument constructor; skipped");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return Outcome.refused(where + " failed in its constructor: " + describe(cause)
                    + (missingFromApi(cause) ? " (it was built against another report-api than this Dossier's API "
                    + ApiVersion.ENGINE + ")" : "") + "; skipped");
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Outcome.refused(where + " failed the API handshake: " + describe(e)
                    + (missingFromApi(e) ? " (it was built against another report-api than this Dossier's API "
                    + ApiVersion.ENGINE + ")" : "") + "; skipped");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Outcome check(DataSourceProvider provider, String where, String origin) {
        ApiVersion wanted;
        try {
            wanted = ApiVersion.of(provider);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(where + ": apiVersion() returned " + e.getMessage() + "; skipped");
        }
        if (!wanted.runsOn(ApiVersion.ENGINE)) {
            return Outcome.refused(where + " was built for Dossier API " + wanted + ", but this Dossier provides API "
                    + ApiVersion.ENGINE + "; " + advice(wanted) + "; skipped");
        }
        String id = provider.id();
        if (id == null || !ID.matcher(id).matches()) {
            return Outcome.refused(where + " has id '" + id + "'; expected lower-case letters, digits and '-'; skipped");
        }
        // touch every SPI method once, so a provider built against another API fails here, not mid-report
        if (provider.datasets() == null || provider.datasets().isEmpty()) {
            return Outcome.refused(where + " ('" + id + "') offers no datasets; skipped");
        }
        provider.options();
        provider.description();
        return Outcome.ok(new LoadedProvider(provider, origin, provider.version(), wanted));
    }

    private static String advice(ApiVersion wanted) {
        ApiVersion engine = ApiVersion.ENGINE;
        if (wanted.major() == engine.major() || wanted.major() > engine.major()) {
            return "upgrade Dossier to a release that provides API " + wanted + " (or a later " + wanted.major()
                    + ".x), or rebuild the plugin against this Dossier's report-api (API " + engine + ")";
        }
        return "rebuild the plugin against this Dossier's report-api (API " + engine + ")";
    }

    /** Whether a linkage error points at an SPI type or member this engine's report-api lacks. */
    private static boolean missingFromApi(Throwable t) {
        String m = t.getMessage();
        return t instanceof LinkageError && m != null && (m.contains("dev/dossier/api/") || m.contains("dev.dossier.api."));
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
