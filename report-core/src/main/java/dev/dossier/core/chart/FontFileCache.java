package dev.dossier.core.chart;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.output.AtomicOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Font files on disk for AWT, which measures chart text: {@code Font.createFont} given a stream
 * copies the font to a temporary file ({@code +~JF….tmp}) that stays behind whenever the JVM is
 * killed, several megabytes per run. Given a file it reads that file in place.
 *
 * <p>Each font's bytes are written once, atomically, to {@code fonts/CRC32-LENGTH.ttf} in
 * Dossier's cache folder and reused by every later run: the system property
 * {@code dossier.cache}, else {@code $XDG_CACHE_HOME/dossier}, else {@code ~/.cache/dossier}.
 * The name is a CRC-32 of the bytes and their length, not a cryptographic digest: the files are
 * Dossier's own theme fonts, not adversarial input, and SHA-256 of two font files cost about a
 * tenth of a cold run (the JIT has not compiled it yet; CRC-32 runs natively from the start).
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
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return String.format("%08x-%d", crc.getValue(), bytes.length);
    }
}
