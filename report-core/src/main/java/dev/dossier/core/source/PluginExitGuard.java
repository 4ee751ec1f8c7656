package dev.dossier.core.source;

import dev.dossier.core.error.ErrorCode;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Reports a plugin that ends the JVM: when {@code System.exit} is called from plugin code, a
 * shutdown hook names the plugin and what it was doing, and ends the process with Dossier's
 * exit code for a failed run (1) instead of the plugin's.
 *
 * <p>Why a hook and not a {@code SecurityManager}: the security manager is deprecated for
 * removal since Java 17 and prints a warning when installed. The hook cannot prevent the exit,
 * only report it; the run's temporary output is not cleaned up (the hook halts the JVM), and a
 * plugin calling {@code Runtime.halt} bypasses hooks altogether. Plugins are trusted code.
 *
 * @since 0.3
 */
public final class PluginExitGuard {

    private PluginExitGuard() {
    }

    /** Registers the hook; messages go to {@code err} with the given documentation pointer. */
    public static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> exitingPlugin().ifPresent(what -> {
            err.println(ErrorCode.PLUGIN_EXIT.code() + ": " + what + ": the plugin called System.exit; Dossier stopped");
            err.println("  see docs/errors.md#" + ErrorCode.PLUGIN_EXIT.anchor());
            err.flush();
            Runtime.getRuntime().halt(1);
        }), "dossier-plugin-exit-guard"));
    }

    /** What the plugin thread that called {@code System.exit} was doing, if a plugin thread called it. */
    static Optional<String> exitingPlugin() {
        for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
            Optional<String> activity = PluginThreads.activity(t.getKey());
            if (activity.isPresent() && exiting(t.getValue())) {
                return activity;
            }
        }
        return Optional.empty();
    }

    private static boolean exiting(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if ((e.getClassName().equals("java.lang.Shutdown") || e.getClassName().equals("java.lang.Runtime"))
                    && e.getMethodName().equals("exit")) {
                return true;
            }
        }
        return false;
    }
}
