package dev.dossier.core;

import java.nio.file.Path;

/**
 * The outcome of a successful generation.
 *
 * @param output   the written PDF
 * @param pages    its page count
 * @param bytes    its size in bytes
 * @param sections the number of sections (outline entries)
 */
public record GenerateResult(Path output, int pages, long bytes, int sections) {
}
