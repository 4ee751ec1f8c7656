package dev.dossier.scheduler;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.dossier.scheduler.Fixtures.LOG;
import static dev.dossier.scheduler.Fixtures.await;
import static dev.dossier.scheduler.Fixtures.count;
import static dev.dossier.scheduler.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One scheduler on the embedded H2 store, with the real engine rendering real PDFs. */
class EmbeddedSchedulerTest {

    private static final String EVERY_2S = "0/2 * * * * ?";

    @TempDir
    Path dir;

    private StoreSettings store() {
        return StoreSettings.embedded(dir.resolve("data"));
    }

    @Test
    void everyTwoSecondsGivesDatedPdfsAndHistoryThatSurviveARestart() throws java.io.IOException {
        try (SchedulerStore s = SchedulerStore.open(store())) {
            s.schedules().put(spec("profile", EVERY_2S, Misfire.ONCE), Instant.now());
            s.start(Fixtures.engine(), Fixtures.settings(dir.resolve("out")), LOG::add);
            await("two editions", () -> count(s.ledger().history("profile", 100), "done") >= 2);
        }
        List<Run> before;
        try (SchedulerStore s = SchedulerStore.open(store())) {
            assertThat(s.schedules().list()).extracting(e -> e.spec().name()).containsExactly("profile");
            before = s.ledger().history("profile", 100);
            assertThat(count(before, "done")).isGreaterThanOrEqualTo(2);
            s.start(Fixtures.engine(), Fixtures.settings(dir.resolve("out")), LOG::add);
            await("a third edition after the restart", () -> count(s.ledger().history("profile", 100), "done") > count(before, "done"));
        }
        try (SchedulerStore s = SchedulerStore.open(store())) {
            List<Run> runs = s.ledger().history("profile", 100);
            assertThat(runs).extracting(Run::fireTime).doesNotHaveDuplicates();
            for (Run r : runs.stream().filter(r -> r.status().equals("done")).toList()) {
                Path pdf = Path.of(r.output());
                String day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Berlin")).format(r.fireTime());
                assertThat(pdf.getParent().getFileName().toString()).isEqualTo(day);
                assertThat(pdf).hasFileName("profile-" + DateTimeFormatter.ofPattern("HHmmss")
                        .withZone(ZoneId.of("Europe/Berlin")).format(r.fireTime()) + ".pdf");
                assertThat(Files.size(pdf)).isEqualTo(r.bytes());
                assertThat(Fixtures.text(pdf)).contains("Company profile: Baidu");
                assertThat(EditionRenderer.snapshotOf(pdf)).exists();
            }
        }
    }

    @Test
    void aFireWhileTheLastEditionRendersIsSkippedAndRecorded() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        EditionRenderer real = Fixtures.engine();
        EditionRenderer slow = new EditionRenderer() {
            @Override
            public Edition render(ScheduleSpec spec, Map<String, String> parameters, Path pdf, Path previous) {
                most.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                try {
                    release.await();
                    return real.render(spec, parameters, pdf, previous);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    concurrent.decrementAndGet();
                }
            }

            @Override
            public void validate(ScheduleSpec spec) {
            }
        };
        try (SchedulerStore s = SchedulerStore.open(store())) {
            s.schedules().put(spec("slow", EVERY_2S, Misfire.ONCE), Instant.now());
            s.start(slow, Fixtures.settings(dir.resolve("out")), LOG::add);
            await("a skipped fire", () -> count(s.ledger().history("slow", 100), "skipped") >= 2);
            release.countDown();
            await("the slow edition done", () -> count(s.ledger().history("slow", 100), "done") >= 1);
            List<Run> runs = s.ledger().history("slow", 100);
            assertThat(runs.stream().filter(r -> r.status().equals("skipped")))
                    .allSatisfy(r -> assertThat(r.error()).contains("still rendering"));
        }
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void afterDowntimeOnceRunsOneEditionAndSkipRunsNone() throws java.text.ParseException {
        FireTimes times = new FireTimes(EVERY_2S, ZoneId.of("Europe/Berlin"));
        for (Misfire misfire : Misfire.values()) {
            String name = "down-" + misfire.name().toLowerCase();
            // Planned 30 s ago and never run: 15 fire times passed with no scheduler, the first far beyond
            // the misfire threshold however long the start takes.
            Instant plannedAt = Instant.now().minusSeconds(30);
            try (SchedulerStore s = SchedulerStore.open(store())) {
                s.schedules().put(spec(name, EVERY_2S, misfire), plannedAt);
                s.start(Fixtures.engine(), Fixtures.settings(dir.resolve("out")), LOG::add);
                await("missed fires recorded and the catch-up edition finished", () -> {
                    List<Run> runs = s.ledger().history(name, 100);
                    return count(runs, "missed") >= 4 && (misfire == Misfire.SKIP
                            || runs.stream().anyMatch(r -> r.status().equals("done")));
                });
            }
            try (SchedulerStore s = SchedulerStore.open(store())) {
                List<Run> runs = s.ledger().history(name, 100);
                // The missed window ends at the first fire that was not missed: the catch-up edition (once)
                // or the first ordinary fire after the restart (skip).
                // On a slow machine an ordinary fire can come while the catch-up edition still renders:
                // it is recorded skipped, and the window then ends at the catch-up edition.
                Instant firstRun = runs.stream().filter(r -> misfire == Misfire.ONCE ? r.status().equals("done")
                        : !r.status().equals("missed")).map(Run::fireTime).min(Instant::compareTo).orElse(Instant.MAX);
                Instant end = misfire == Misfire.ONCE ? firstRun : runs.stream().map(Run::fireTime)
                        .filter(t -> t.isBefore(firstRun)).max(Instant::compareTo).orElseThrow();
                List<Run> window = runs.stream().filter(r -> !r.fireTime().isAfter(end)).toList();
                List<Instant> due = times.between(plannedAt, end);
                assertThat(window).extracting(Run::fireTime).containsExactlyInAnyOrderElementsOf(due);
                assertThat(due.size()).isGreaterThanOrEqualTo(5);
                assertThat(count(window, "done")).as(misfire.name() + " " + window).isEqualTo(misfire == Misfire.ONCE ? 1 : 0);
                assertThat(count(window, "missed") + count(window, "skipped"))
                        .isEqualTo(due.size() - (misfire == Misfire.ONCE ? 1 : 0));
                assertThat(count(window, "skipped")).as("skipped only while the catch-up edition renders")
                        .isLessThanOrEqualTo(misfire == Misfire.ONCE ? 1 : 0);
            }
        }
    }

    @Test
    void aSecondUnclusteredSchedulerOnTheSameStoreIsRefused() {
        try (SchedulerStore s = SchedulerStore.open(store())) {
            s.start(Fixtures.engine(), Fixtures.settings(dir.resolve("out")), LOG::add);
            SchedulerStore other = SchedulerStore.open(store());
            assertThatThrownBy(() -> other.start(Fixtures.engine(), Fixtures.settings(dir), LOG::add))
                    .hasMessageContaining("already running");
        }
    }

    @Test
    void anEditionIsMailedToEachRecipientWithThePdfAttached() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (SchedulerStore s = SchedulerStore.open(store())) {
            int port = mail.getSmtp().getPort();
            ScheduleSpec base = spec("mailed", "0 0 7 ? * MON", Misfire.ONCE);
            ScheduleSpec spec = new ScheduleSpec(base.name(), base.template(), base.cron(), base.zone(), base.out(), null,
                    base.parameters(), Misfire.ONCE, 1, 0, List.of("a@example.org", "b@example.org"), null);
            s.schedules().put(spec, Instant.now());
            s.start(Fixtures.engine(), Fixtures.settings(dir.resolve("out"))
                    .withMail(new MailSettings("127.0.0.1", port, "dossier@example.org", "owner@example.org", null, null)), LOG::add);
            Instant fire = s.schedules().runNow("mailed", Instant.now());
            await("two messages", () -> mail.getReceivedMessages().length >= 2);
            await("deliveries recorded", () -> s.ledger().deliveries(s.ledger().id("mailed", fire)).values().stream()
                    .filter("sent"::equals).count() == 2);
            for (MimeMessage m : mail.getReceivedMessages()) {
                MimeMultipart parts = (MimeMultipart) m.getContent();
                assertThat(parts.getBodyPart(1).getFileName()).endsWith(".pdf");
                byte[] pdf = parts.getBodyPart(1).getInputStream().readAllBytes();
                Path run = Path.of(s.ledger().history("mailed", 1).get(0).output());
                assertThat(pdf).isEqualTo(Files.readAllBytes(run));
            }
        } finally {
            mail.stop();
        }
    }
}
