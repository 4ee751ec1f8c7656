package dev.dossier.scheduler;

import java.time.Instant;

/**
 * One row of the run history: what happened to one scheduled fire time of one schedule.
 *
 * <p>{@code status} is one of {@code running}, {@code done}, {@code failed}, {@code skipped}
 * (the previous edition was still rendering), {@code missed} (no scheduler was running),
 * {@code interrupted} (its node died; another node takes it over). Times are instants; {@code
 * started}, {@code ended}, {@code output}, {@code pages}, {@code bytes} and {@code error} may be
 * null when they do not apply.
 */
public record Run(long id, String schedule, Instant fireTime, String status, String node, Instant started,
                  Instant ended, String output, Integer pages, Long bytes, int attempts, String error) {
}
