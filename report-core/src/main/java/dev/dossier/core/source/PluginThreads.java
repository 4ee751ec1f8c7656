package dev.dossier.core.source;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which threads are running plugin code at this moment, and what for ({@code source 'talent'
 * dataset 'researcher-origin': fetch}).
 *
 * <p>Every call into a provider — constructing it, opening it, fetching, reading rows — runs
 * on a thread of Dossier's own through {@link #run}; so whatever a plugin does out of turn
 * (printing to standard output, calling {@code System.exit}) can be attributed to the plugin
 * and the step. Thread-safe.
 *
 * @since 0.3
 */
public final class PluginThreads {

    private static final Map<Thread, String> ACTIVITY = new ConcurrentHashMap<>();

    private PluginThreads() {
    }

    /** Runs plugin code on the current thread, recorded as doing {@code what}. */
    static <T> T run(String what, Callable<T> body) throws Exception {
        Thread self = Thread.currentThread();
        String before = ACTIVITY.put(self, what);
        try {
            return body.call();
        } finally {
            if (before == null) {
                ACTIVITY.remove(self);
            } else {
                ACTIVITY.put(self, before);
            }
        }
    }

    /** What the thread is doing in plugin code, if it is in plugin code. */
    public static Optional<String> activity(Thread thread) {
        return Optional.ofNullable(ACTIVITY.get(thread));
    }
}
