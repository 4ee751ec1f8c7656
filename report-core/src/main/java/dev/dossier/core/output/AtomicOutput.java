package dev.dossier.core.output;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it appears complete or not at all: content goes to a temporary file
 * in the target folder and is moved into place only when {@link Writer#write} returns normally.
 * A failed run leaves neither a partial file nor the temporary file behind; an existing file
 * at the target is replaced only on success.
 */
public final class AtomicOutput {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * Writes {@code target} atomically, creating its folder if needed.
     *
     * @throws DossierException FAILURE {@code DOS-OUTPUT} when the folder cannot be created or
     *                          the file cannot be written or moved; exceptions of the writer pass through
     */
    public static void write(Path target, Writer writer) {
        Path absolute = checkTarget(target);
        Path folder = absolute.getParent();
        Path temp;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            temp.toFile().deleteOnExit(); // a run stopped by a signal leaves no temporary file behind
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.OUTPUT, folder + ": cannot write here (" + e.getMessage() + ")", e);
        }
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            readableByAll(temp);
            move(temp, absolute);
            done = true;
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.OUTPUT, absolute + ": cannot be written (" + e.getMessage() + ")", e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure matters more than a leftover temporary file
                }
            }
        }
    }

    /**
     * Checks before any work that the target can be a file: not a folder, device, pipe or link,
     * and under a folder (or a path that can become one) rather than under a file.
     *
     * @throws DossierException INPUT {@code DOS-OUTPUT-PATH} naming the problem
     */
    public static Path checkTarget(Path target) {
        if (target.toString().equals("-")) {
            throw DossierException.input(ErrorCode.OUTPUT_PATH, "'-': writing to standard output is not supported; give a file name");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(absolute)) {
            // a device, pipe or link would be replaced by a plain file: never do that silently
            throw DossierException.input(ErrorCode.OUTPUT_PATH, absolute + " exists and is not a regular file"
                    + " (a device, pipe or link); give the path of a file to create or replace");
        }
        if (Files.isDirectory(absolute)) {
            throw DossierException.input(ErrorCode.OUTPUT_PATH, absolute + " is a folder; give a file name such as "
                    + absolute.resolve("report.pdf"));
        }
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw DossierException.input(ErrorCode.OUTPUT_PATH, absolute + ": " + p + " is a file, not a folder");
            }
        }
        return absolute;
    }

    /** Temporary files are private (0600); the report itself is an ordinary file (0644) where POSIX permissions exist. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
