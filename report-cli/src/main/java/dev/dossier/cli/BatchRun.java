package dev.dossier.cli;

import dev.dossier.core.BatchPlan;
import dev.dossier.core.BatchResult;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import me.tongfei.progressbar.ProgressBar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code generate --batch}: every row's report on all cores, a progress bar on a terminal
 * (a one-line summary otherwise, which names the rows that failed on their input and the others),
 * then the failed rows. Exit code 1 when any row failed, 2 when every row failed on its input.
 */
final class BatchRun {

    private final CommonOptions common;
    private final java.io.PrintWriter err;

    BatchRun(CommonOptions common, java.io.PrintWriter err) {
        this.common = common;
        this.err = err;
    }

    int run(GenerateRequest base, BatchPlan plan) {
        ReportEngine engine = common.engine();
        int threads = Runtime.getRuntime().availableProcessors();
        Instant start = Instant.now();
        boolean terminal = ProgressBars.wanted(common.verbosity);
        BatchResult result;
        if (terminal) {
            try (ProgressBar bar = ProgressBars.onStderr("generating", plan.items().size())) {
                result = engine.generateBatch(base, plan, threads, p -> bar.stepTo(p.done()));
            }
        } else {
            result = engine.generateBatch(base, plan, threads, null);
        }
        double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        if (!common.verbosity.quiet || !result.failures().isEmpty()) {
            System.out.printf("%d of %d report%s written in %.1f s (%.1f per second, %d thread%s)%s%n",
                    result.written().size(), plan.items().size(), plan.items().size() == 1 ? "" : "s", seconds,
                    result.written().size() / seconds, threads, threads == 1 ? "" : "s",
                    result.failures().isEmpty() ? "" : "; " + failedRows(result) + ":");
        }
        result.failures().forEach(f -> err.println(f.code() + ": batch line " + f.line() + " (" + f.output() + "): "
                + f.message()));
        err.flush();
        if (result.failures().isEmpty()) {
            return 0;
        }
        boolean allInput = result.written().isEmpty() && result.failures().stream().allMatch(f -> f.exitCode() == 2);
        return allInput ? 2 : 1;
    }

    /** "3 failed (input errors on lines 3, 5; other failures on line 7)": which rows to fix and which to rerun. */
    static String failedRows(BatchResult result) {
        List<String> input = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (BatchResult.Failure f : result.failures()) {
            (f.exitCode() == 2 ? input : other).add(String.valueOf(f.line()));
        }
        List<String> parts = new ArrayList<>();
        if (!input.isEmpty()) {
            parts.add("input errors on " + lines(input));
        }
        if (!other.isEmpty()) {
            parts.add((input.isEmpty() ? "failures on " : "other failures on ") + lines(other));
        }
        return result.failures().size() + " failed (" + String.join("; ", parts) + ")";
    }

    private static String lines(List<String> numbers) {
        return (numbers.size() == 1 ? "line " : "lines ") + String.join(", ", numbers);
    }
}
