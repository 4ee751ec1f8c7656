package dev.dossier.core;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a batch: the reports written and the rows that failed (the others were still made).
 *
 * @param written  one result per report written, in the order they finished
 * @param failures one per row that failed, in file order
 */
public record BatchResult(List<GenerateResult> written, List<Failure> failures) {

    /**
     * A row of the batch that produced no report.
     *
     * @param line     its CSV line
     * @param output   the PDF it would have written
     * @param code     the error code, e.g. {@code DOS-SOURCE-FAILED}
     * @param message  what went wrong
     * @param exitCode 2 when the row's input was wrong, 1 when the run failed
     */
    public record Failure(int line, Path output, String code, String message, int exitCode) {
    }

    public BatchResult {
        written = List.copyOf(written);
        failures = List.copyOf(failures);
    }
}
