package dev.dossier.core.chart;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.output.AtomicOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Font files on disk for AWT, which measures chart text: {@code Font.createFont} given a stream
 * copies the font to a temporary file ({@code +~JF….tmp}) that stays behind whenever the JVM is
 * killed, several megabytes per run. Given a file it reads that file in place.
 *
 * <p>Each font's bytes are written once, atomically, to {@code fonts/SHA256-PREFIX.ttf} in
 * Dossier's cache folder and reused by every later run: the system property
 * {@code dossier.cache}, else {@code $XDG_CACHE_HOME/dossier}, else {@code ~/.cache/dossier}.
 * Thread-safe; concurrent runs write the same content under the same name.
 */
final class FontFileCache {

    private FontFileCache() {
    }

    /** The cached file holding {@code ttf}, written now if missing; empty when the cache folder cannot be written. */
    static Optional<Path> fileOf(byte[] ttf) {
        Path file = folder().resolve(digest(ttf) + ".ttf");
        try {
            if (Files.isRegularFile(file) && Files.size(file) == ttf.length) {
                return Optional.of(file);
            }
            AtomicOutput.write(file, out -> out.write(ttf));
            return Optional.of(file);
        } catch (IOException | DossierException | SecurityException e) {
            return Optional.empty();
        }
    }

    static Path folder() {
        String configured = System.getProperty("dossier.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured, "fonts");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("dossier").resolve("fonts");
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
