package dev.dossier.scheduler;

import jakarta.mail.MessagingException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Mails an edition to its schedule's recipients, one message each, tracked per recipient in the
 * ledger: a retry goes only to those not yet delivered to. Also tells the owner about a failed run.
 */
final class Delivery {

    private final RunLedger ledger;
    private final Mailer mailer;
    private final Duration backoff;

    /** @param mailer null when no SMTP server is configured: nothing is sent */
    Delivery(RunLedger ledger, Mailer mailer, Duration backoff) {
        this.ledger = ledger;
        this.mailer = mailer;
        this.backoff = backoff;
    }

    void deliver(ScheduleSpec spec, Instant fireTime, Path pdf) {
        if (mailer == null || spec.email().isEmpty()) {
            return;
        }
        long runId = ledger.id(spec.name(), fireTime);
        String subject = spec.name() + " — edition of " + fireTime.atZone(java.time.ZoneId.of(spec.zone())).toLocalDate();
        for (int attempt = 1; attempt <= spec.retries() + 1; attempt++) {
            List<String> pending = ledger.undelivered(runId, spec.email());
            if (pending.isEmpty()) {
                return;
            }
            for (String to : pending) {
                try {
                    mailer.sendEdition(to, subject, "The " + spec.name() + " edition is attached.", pdf);
                    ledger.delivery(runId, to, null);
                } catch (MessagingException | RuntimeException e) {
                    ledger.delivery(runId, to, e.getMessage());
                }
            }
            if (attempt <= spec.retries() && !ledger.undelivered(runId, spec.email()).isEmpty()
                    && !EditionRun.sleep(backoff.multipliedBy(1L << (attempt - 1)))) {
                return;
            }
        }
    }

    void notifyOwner(ScheduleSpec spec, Instant fireTime, String error) {
        if (mailer == null || mailer.owner() == null) {
            return;
        }
        try {
            mailer.sendText(mailer.owner(), "Dossier: " + spec.name() + " failed",
                    "The edition of " + spec.name() + " due at " + fireTime + " failed after "
                            + (spec.retries() + 1) + " attempt(s):\n\n" + error + "\n");
        } catch (MessagingException e) {
            // the failure itself is in the history; a broken mail server must not hide it
        }
    }
}
