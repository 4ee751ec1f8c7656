package dev.dossier.core.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Dossier is installed: the folder holding {@code templates/} with the bundled themes and
 * fonts. The {@code ./dossier} launcher names it with {@code -Ddossier.home}; otherwise it is
 * found from the runnable jar's place ({@code report-cli/target/dossier.jar} in a checkout).
 */
public final class Installation {

    private Installation() {
    }

    public static Optional<Path> home() {
        String given = System.getProperty("dossier.home");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given).toAbsolutePath().normalize());
        }
        try {
            Path jar = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("templates").resolve("themes"))) {
                    return Optional.of(p);
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source to start from: only the working folder is searched
        }
        return Optional.empty();
    }
}
