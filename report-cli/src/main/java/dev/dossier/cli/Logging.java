package dev.dossier.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Library and engine log lines (plugin discovery, for example) show only with {@code --verbose}. */
final class Logging {

    private Logging() {
    }

    static void configure(boolean verbose) {
        Logger root = Logger.getLogger("");
        Level level = verbose ? Level.INFO : Level.WARNING;
        root.setLevel(level);
        for (var handler : root.getHandlers()) {
            handler.setLevel(level);
        }
        // Dossier's own warnings reach the user as "warning: …" lines already; log them only when asked
        Logger.getLogger("dev.dossier").setLevel(verbose ? Level.INFO : Level.SEVERE);
    }
}
