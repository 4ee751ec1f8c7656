package dev.dossier.core;

import java.nio.file.Path;

/**
 * The outcome of a successful generation.
 *
 * @param output   the written PDF
 * @param pages    its page count
 * @param bytes    its size in bytes
 * @param sections the number of sections (outline entries)
 * @param warnings problems that did not stop the run, one line each (e.g. characters no font covers)
 */
public record GenerateResult(Path output, int pages, long bytes, int sections, java.util.List<String> warnings) {
}
