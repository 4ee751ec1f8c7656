package dev.dossier.scheduler;

import java.nio.file.Path;

/**
 * A finished edition: its PDF, the snapshot written beside it, pages and bytes.
 *
 * @param snapshot the edition's snapshot file, or null when none was written
 */
public record Edition(Path pdf, Path snapshot, int pages, long bytes) {
}
