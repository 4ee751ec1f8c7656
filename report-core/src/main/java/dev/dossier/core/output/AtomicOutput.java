package dev.dossier.core.output;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it appears complete or not at all: content goes to a part file in the
 * target folder ({@link PartFiles}) and is moved into place only when {@link Writer#write}
 * returns normally. A failed run leaves neither a partial file nor the part file behind; an
 * existing file at the target is replaced only on success, so a killed run leaves it intact.
 *
 * <p>Missing parent folders are created, as {@code mkdir -p} would. Every problem with the output
 * path is a run failure (exit code 1) with code {@code DOS-OUTPUT-PATH}, naming the path and the
 * reason: the path is a folder, a device, pipe or link, a file stands where a folder should be,
 * or a folder cannot be created or written (permission, read-only file system).
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
     * Writes {@code target} atomically, creating its folders if needed, after removing part files
     * that killed runs left in that folder.
     *
     * @throws DossierException FAILURE {@code DOS-OUTPUT-PATH} when the path cannot be a file or its
     *                          folder cannot be created or written, {@code DOS-OUTPUT} when writing
     *                          or moving fails (disk full); exceptions of the writer pass through
     */
    public static void write(Path target, Writer writer) {
        Path absolute = checkTarget(target);
        Path folder = absolute.getParent();
        Path part;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw pathProblem(absolute, "its folder " + folder + " cannot be created (" + reason(e) + ")", e);
        }
        PartFiles.removeStale(folder);
        try {
            part = PartFiles.create(absolute);
            part.toFile().deleteOnExit(); // a run stopped by a signal that lets the JVM shut down leaves nothing
        } catch (IOException e) {
            throw pathProblem(absolute, "the folder " + folder + " cannot be written (" + reason(e) + ")", e);
        }
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                writer.write(out);
            }
            readableByAll(part);
            move(part, absolute);
            done = true;
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.OUTPUT, absolute + ": cannot be written (" + reason(e) + ")", e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // the original failure matters more than a leftover part file, which the next run removes
                }
            }
        }
    }

    /**
     * Checks before any work that the target can be a file: not a folder, device, pipe or link,
     * not under a file, and under a folder that exists and is writable or can be created.
     *
     * @return the absolute, normalised target
     * @throws DossierException FAILURE {@code DOS-OUTPUT-PATH} naming the path and the reason
     */
    public static Path checkTarget(Path target) {
        if (target.toString().equals("-")) {
            throw pathProblem(target, "writing to standard output is not supported; give a file name", null);
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            throw pathProblem(absolute, "it is a link; Dossier does not replace links (give the path of the file itself)", null);
        }
        if (Files.isDirectory(absolute)) {
            throw pathProblem(absolute, "it is a folder; give a file name such as " + absolute.resolve("report.pdf"), null);
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            // a device or pipe would be replaced by a plain file: never do that silently
            throw pathProblem(absolute, "it is a device or pipe, not a regular file; give the path of a file to create"
                    + " or replace", null);
        }
        Path existing = absolute.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw pathProblem(absolute, "none of its folders exists", null);
        }
        if (!Files.isDirectory(existing)) {
            throw pathProblem(absolute, existing + " is a file, where a folder should be", null);
        }
        if (!Files.isWritable(existing)) {
            String what = existing.equals(absolute.getParent()) ? "the folder " + existing + " is not writable"
                    : "the folder " + absolute.getParent() + " does not exist and cannot be created: " + existing
                    + " is not writable";
            throw pathProblem(absolute, what + " (permission denied)", null);
        }
        return absolute;
    }

    private static DossierException pathProblem(Path target, String reason, Throwable cause) {
        return DossierException.failure(ErrorCode.OUTPUT_PATH, target + ": cannot write the report here: " + reason, cause);
    }

    /** What went wrong, in words: the file system's reason without Java's exception names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is a file, where a folder should be";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException n) {
            return n.getFile() + " exists and is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Part files are private (0600); the report itself is an ordinary file (0644) where POSIX permissions exist. */
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
