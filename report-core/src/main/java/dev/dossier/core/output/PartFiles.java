package dev.dossier.core.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicOutput} writes beside a target, and their removal once the
 * process that wrote them is gone.
 *
 * <p>A part file is named {@code .NAME.PID-RANDOM.part} ({@code .briefing.pdf.4711-k3j9q2.part}):
 * hidden, next to the file it becomes, carrying the id of the writing process. A process killed
 * outright ({@code kill -9}, a power cut) cannot delete its part file, so every later write into
 * the same folder removes the part files whose process no longer runs
 * ({@link ProcessHandle#of(long)}). Part files of running processes are never touched, and
 * nothing else in the folder is.
 */
public final class PartFiles {

    private static final Pattern PART = Pattern.compile("^\\..+\\." + OwnerStamp.PATTERN + "\\.part$");

    private PartFiles() {
    }

    /**
     * Creates a new, empty part file for {@code target} in {@code target}'s folder, readable and
     * writable by the owner only where POSIX permissions exist.
     *
     * @throws IOException when the folder does not exist or cannot be written
     */
    static Path create(Path target) throws IOException {
        Path folder = target.getParent();
        FileAttribute<?>[] privateFile = OwnerStamp.ownerOnly(folder, false);
        while (true) {
            Path part = folder.resolve("." + target.getFileName() + "." + OwnerStamp.next() + ".part");
            try {
                return Files.createFile(part, privateFile);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another write of this process drew the same suffix: draw again
            }
        }
    }

    /**
     * The id of the process that wrote a part file, from its name; empty for any other file.
     *
     * @param name a file name such as {@code .briefing.pdf.4711-k3j9q2.part}
     */
    public static OptionalLong writer(String name) {
        Matcher m = PART.matcher(name);
        return m.matches() ? OwnerStamp.pid(m.group(1)) : OptionalLong.empty();
    }

    /**
     * Deletes the part files in {@code folder} whose writing process is gone; a folder that does
     * not exist or cannot be listed is left alone (the write that follows reports the problem).
     *
     * @return the files deleted
     */
    public static List<Path> removeStale(Path folder) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path entry : entries) {
                OptionalLong pid = writer(entry.getFileName().toString());
                if (pid.isPresent() && OwnerStamp.isGone(pid.getAsLong())
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                    removed.add(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            // cleaning up is a courtesy: it must never fail a run
        }
        return removed;
    }

}
