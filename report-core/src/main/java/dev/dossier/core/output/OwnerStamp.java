package dev.dossier.core.output;

import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.OptionalLong;

/**
 * The {@code PID-RANDOM} stamp in the names of Dossier's part and temporary files, which says
 * which process made a file, so that a later run can tell a file whose process was killed
 * ({@code kill -9} gives it no chance to clean up) from one still being written.
 */
final class OwnerStamp {

    /** A stamp in a file name pattern; group 1 is the process id. */
    static final String PATTERN = "(\\d{1,19})-[a-z0-9]{6}";

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerStamp() {
    }

    /** A fresh stamp for this process, e.g. {@code 4711-k3j9q2}. */
    static String next() {
        StringBuilder s = new StringBuilder().append(ProcessHandle.current().pid()).append('-');
        for (int i = 0; i < 6; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The process id in a stamp's first group, or empty when it is not a number. */
    static OptionalLong pid(String digits) {
        try {
            return OptionalLong.of(Long.parseLong(digits));
        } catch (NumberFormatException tooLong) {
            return OptionalLong.empty();
        }
    }

    /** Whether no process with that id runs any more. */
    static boolean isGone(long pid) {
        return ProcessHandle.of(pid).isEmpty();
    }

    /** Owner-only permissions ({@code rw-------}, or {@code rwx------} for a folder) where POSIX permissions exist. */
    static FileAttribute<?>[] ownerOnly(Path folder, boolean directory) {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"))};
    }
}
