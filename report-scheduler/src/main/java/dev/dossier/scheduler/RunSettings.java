package dev.dossier.scheduler;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a scheduler node runs editions.
 *
 * @param outputRoot    folder every schedule's output pattern is resolved against
 * @param retryBackoff  wait before the first retry; doubled for each further one
 * @param historyAge    history rows older than this are pruned
 * @param historyKeep   at most this many history rows are kept per schedule
 * @param mail          SMTP settings, or null when no mail is sent
 */
public record RunSettings(Path outputRoot, Duration retryBackoff, Duration historyAge, int historyKeep, MailSettings mail) {

    /** Defaults: output under the current folder, 30 s backoff, a year or 1,000 rows of history, no mail. */
    public static RunSettings defaults() {
        return new RunSettings(Path.of("").toAbsolutePath(), Duration.ofSeconds(30), Duration.ofDays(366), 1000, null);
    }

    public RunSettings withOutputRoot(Path root) {
        return new RunSettings(root.toAbsolutePath().normalize(), retryBackoff, historyAge, historyKeep, mail);
    }

    public RunSettings withRetryBackoff(Duration backoff) {
        return new RunSettings(outputRoot, backoff, historyAge, historyKeep, mail);
    }

    public RunSettings withMail(MailSettings settings) {
        return new RunSettings(outputRoot, retryBackoff, historyAge, historyKeep, settings);
    }

    public RunSettings withHistory(Duration age, int keep) {
        return new RunSettings(outputRoot, retryBackoff, age, keep, mail);
    }
}
