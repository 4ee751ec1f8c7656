package dev.dossier.scheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Produces one claimed edition: renders it with retries and backoff, records the outcome,
 * delivers it by mail, applies the schedule's retention and prunes history.
 *
 * <p>Thread-safe: it holds no per-run state.
 */
final class EditionRun {

    private final RunLedger ledger;
    private final EditionRenderer renderer;
    private final RunSettings settings;
    private final Delivery delivery;
    private final String node;
    private final Consumer<String> log;

    EditionRun(RunLedger ledger, EditionRenderer renderer, RunSettings settings, String node, Consumer<String> log) {
        this.ledger = ledger;
        this.renderer = renderer;
        this.settings = settings;
        this.node = node;
        this.log = log;
        this.delivery = new Delivery(ledger, settings.mail() == null ? null : new Mailer(settings.mail()), settings.retryBackoff());
    }

    RunLedger ledger() {
        return ledger;
    }

    String node() {
        return node;
    }

    void log(String line) {
        log.accept(line);
    }

    /** Renders the edition for {@code fireTime}, which this node has claimed. */
    void produce(ScheduleSpec spec, Instant fireTime) {
        ZoneId zone = ZoneId.of(spec.zone());
        Path pdf = OutputPattern.expand(settings.outputRoot(), spec.out(), spec.name(), fireTime, zone, Map.of());
        Path previous = ledger.previousEdition(spec.name(), fireTime)
                .filter(r -> r.output() != null).map(r -> EditionRenderer.snapshotOf(Path.of(r.output()))).orElse(null);
        long start = System.nanoTime();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= spec.retries() + 1; attempt++) {
            try {
                Edition e = renderer.render(spec, spec.parameters(), pdf, previous);
                ledger.done(spec.name(), fireTime, e.pdf().toString(), e.pages(), e.bytes(), attempt);
                log.accept(String.format("%s %s: %d page%s, %,d bytes, %.1f s, %s", spec.name(), fireTime.atZone(zone).toOffsetDateTime(),
                        e.pages(), e.pages() == 1 ? "" : "s", e.bytes(), (System.nanoTime() - start) / 1e9, e.pdf()));
                delivery.deliver(spec, fireTime, e.pdf());
                retain(spec);
                return;
            } catch (RuntimeException ex) {
                last = ex;
                log.accept(spec.name() + " " + fireTime + ": attempt " + attempt + " failed: " + ex.getMessage());
                if (attempt <= spec.retries() && !sleep(settings.retryBackoff().multipliedBy(1L << (attempt - 1)))) {
                    break;
                }
            }
        }
        String error = last == null ? "interrupted" : last.getMessage();
        ledger.failed(spec.name(), fireTime, error, spec.retries() + 1);
        delivery.notifyOwner(spec, fireTime, error);
    }

    /** Deletes editions beyond the schedule's {@code keep} (PDF and snapshot) and prunes old history. */
    private void retain(ScheduleSpec spec) {
        if (spec.keep() > 0) {
            for (Run old : ledger.editionsBeyond(spec.name(), spec.keep())) {
                Path pdf = Path.of(old.output());
                try {
                    Files.deleteIfExists(pdf);
                    Files.deleteIfExists(EditionRenderer.snapshotOf(pdf));
                    ledger.forgetOutput(old.id());
                } catch (IOException e) {
                    log.accept(spec.name() + ": could not delete old edition " + pdf + ": " + e.getMessage());
                }
            }
        }
        ledger.prune(spec.name(), Instant.now().minus(settings.historyAge()), settings.historyKeep());
    }

    /** Sleeps; false when interrupted (the scheduler is stopping). */
    static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
