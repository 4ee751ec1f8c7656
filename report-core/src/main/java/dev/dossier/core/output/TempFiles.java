package dev.dossier.core.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier's own temporary files in the system's temporary folder ({@code java.io.tmpdir}): the
 * raw layout of a report, rows spooled to disk, PDFBox's scratch buffers.
 *
 * <p>Each is named {@code dossier-PURPOSE-PID-RANDOM[SUFFIX]}, readable by its owner only, and
 * deleted when the run is done or the JVM exits. A JVM killed outright deletes nothing, so
 * {@link #removeStale()}, called as a run starts, removes every such file or folder whose process
 * no longer runs. Nothing without that naming is ever touched.
 */
public final class TempFiles {

    private static final Pattern OWN = Pattern.compile("^dossier-[a-z]+-" + OwnerStamp.PATTERN + "(\\.[A-Za-z0-9]+)?$");

    private static volatile Path scratch;

    private TempFiles() {
    }

    /**
     * A new, empty temporary file for {@code purpose} ({@code layout}, {@code rows}), deleted at
     * JVM exit if the caller has not deleted it before.
     *
     * @param purpose lower-case letters naming what the file holds
     * @param suffix  e.g. {@code .pdf}
     */
    public static Path file(String purpose, String suffix) throws IOException {
        Path dir = folder();
        while (true) {
            Path f = dir.resolve("dossier-" + purpose + "-" + OwnerStamp.next() + suffix);
            try {
                Files.createFile(f, OwnerStamp.ownerOnly(dir, false));
                f.toFile().deleteOnExit();
                return f;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // drawn twice: draw again
            }
        }
    }

    /**
     * This process's folder for scratch files of libraries that take a folder (PDFBox), created on
     * first use and deleted at JVM exit; the libraries delete their files in it when done.
     */
    public static Path scratchFolder() throws IOException {
        Path s = scratch;
        if (s == null) {
            synchronized (TempFiles.class) {
                if (scratch == null) {
                    Path dir = folder();
                    Path created = Files.createDirectory(dir.resolve("dossier-scratch-" + OwnerStamp.next()),
                            OwnerStamp.ownerOnly(dir, true));
                    created.toFile().deleteOnExit();
                    scratch = created;
                }
                s = scratch;
            }
        }
        return s;
    }

    /**
     * Deletes Dossier's temporary files and folders whose process is gone; never fails a run.
     *
     * @return what was deleted
     */
    public static List<Path> removeStale() {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder(), "dossier-*")) {
            for (Path entry : entries) {
                Matcher m = OWN.matcher(entry.getFileName().toString());
                if (!m.matches() || Files.isSymbolicLink(entry)) {
                    continue;
                }
                OptionalLong pid = OwnerStamp.pid(m.group(1));
                if (pid.isPresent() && OwnerStamp.isGone(pid.getAsLong()) && delete(entry)) {
                    removed.add(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            // cleaning up after others is a courtesy, never a reason to fail
        }
        return removed;
    }

    private static boolean delete(Path entry) {
        try {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(entry, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                Files.delete(entry);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
