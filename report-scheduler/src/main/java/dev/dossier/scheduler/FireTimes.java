package dev.dossier.scheduler;

import org.quartz.CronExpression;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * The fire times of a cron trigger in a time zone, with Dossier's daylight-saving rule.
 *
 * <p>Quartz's cron trigger keeps wall-clock time and silently drops a time that does not exist on
 * the spring-forward day. Here the cron expression is evaluated on the wall clock (Quartz's
 * {@link CronExpression} over a zone without transitions), and each local time is then placed in
 * the real zone:
 * <ul>
 *   <li>a local time inside the spring-forward gap runs shifted by the gap's length (02:30 becomes
 *       03:30), unless that instant is not later than a fire already produced (an every-15-minutes
 *       schedule simply continues at 03:00) — so a daily schedule still runs once that day;</li>
 *   <li>a local time inside the fall-back overlap runs at its first occurrence, and also at its
 *       second when the schedule fires again within the overlap's length (hourly and more often),
 *       so sub-hourly schedules have no hole and daily ones run once.</li>
 * </ul>
 *
 * <p>Thread-safe and immutable.
 */
public final class FireTimes {

    private static final TimeZone WALL_CLOCK = TimeZone.getTimeZone("UTC");

    private final CronExpression cron;
    private final ZoneId zone;

    /** @throws ParseException when {@code expression} is not a valid Quartz cron expression */
    public FireTimes(String expression, ZoneId zone) throws ParseException {
        this.cron = new CronExpression(expression);
        this.cron.setTimeZone(WALL_CLOCK);
        this.zone = zone;
    }

    /** The schedule's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The first fire time strictly after {@code after}, or null when the expression never fires again. */
    public Instant nextAfter(Instant after) {
        List<Instant> next = next(after, 1);
        return next.isEmpty() ? null : next.get(0);
    }

    /** The next {@code count} fire times strictly after {@code after}, in order; fewer when the expression ends. */
    public List<Instant> next(Instant after, int count) {
        TreeSet<Instant> found = new TreeSet<>();
        // Start a day early in wall-clock terms: an overlap or gap can move instants by hours.
        LocalDateTime local = LocalDateTime.ofInstant(after, zone).minusDays(1);
        Instant lastProduced = null;
        while (true) {
            LocalDateTime next = nextLocal(local);
            if (next == null) {
                break;
            }
            for (Instant i : place(next)) {
                if (lastProduced != null && !i.isAfter(lastProduced) && isGapShift(next)) {
                    continue;
                }
                found.add(i);
                if (lastProduced == null || i.isAfter(lastProduced)) {
                    lastProduced = i;
                }
            }
            found.removeIf(i -> !i.isAfter(after));
            // Stop once enough times are known and no later local time can still land before them.
            if (found.size() >= count && ZonedDateTime.of(next, zone).toInstant()
                    .isAfter(found.stream().skip(count - 1).findFirst().orElseThrow().plus(Duration.ofHours(3)))) {
                break;
            }
            local = next;
        }
        return new ArrayList<>(found).subList(0, Math.min(count, found.size()));
    }

    /** Every fire time in {@code (from, to]}, in order. */
    public List<Instant> between(Instant from, Instant to) {
        List<Instant> out = new ArrayList<>();
        Instant t = from;
        while ((t = nextAfter(t)) != null && !t.isAfter(to)) {
            out.add(t);
        }
        return out;
    }

    private LocalDateTime nextLocal(LocalDateTime after) {
        Date d = cron.getNextValidTimeAfter(Date.from(after.toInstant(ZoneOffset.UTC)));
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }

    private boolean isGapShift(LocalDateTime local) {
        return zone.getRules().getValidOffsets(local).isEmpty();
    }

    private List<Instant> place(LocalDateTime local) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) { // spring-forward gap: later by the gap's length (java.time's own rule)
            return List.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
        }
        Instant first = local.atOffset(offsets.get(0)).toInstant();
        if (offsets.size() == 1) {
            return List.of(first);
        }
        ZoneOffsetTransition overlap = zone.getRules().getTransition(local);
        LocalDateTime following = nextLocal(local);
        boolean frequent = following != null
                && Duration.between(local, following).compareTo(overlap.getDuration().abs()) <= 0;
        return frequent ? List.of(first, local.atOffset(offsets.get(1)).toInstant()) : List.of(first);
    }
}
