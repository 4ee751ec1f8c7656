package dev.dossier.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on standard error, shown only on a terminal (elsewhere a run prints plain lines). */
final class ProgressBars {

    private ProgressBars() {
    }

    /** Whether a bar should be drawn: standard error is a terminal and the user did not ask for quiet. */
    static boolean wanted(Verbosity verbosity) {
        return System.console() != null && !verbosity.quiet;
    }

    /**
     * A bar for {@code task}; close it when the work ends.
     *
     * @param max the number of steps, or -1 when it is not known in advance (pages of a report)
     */
    static ProgressBar onStderr(String task, long max) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250);
        return (max < 0 ? b.continuousUpdate() : b).build();
    }
}
