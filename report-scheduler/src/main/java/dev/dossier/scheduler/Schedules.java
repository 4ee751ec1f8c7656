package dev.dossier.scheduler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The schedules in a job store: add, update, remove, pause, resume, run now, list.
 *
 * <p>Each schedule is one durable Quartz job (requesting recovery, so a dead node's edition is
 * re-run elsewhere) carrying its {@link ScheduleSpec} as JSON. Its fire times come from
 * {@link FireTimes}, one one-shot trigger at a time named {@code NAME@EPOCHMILLIS}: the name is
 * the fire time, so planning the same time twice, on any node, stores one trigger. Each fire
 * plans the next. Misfired triggers fire once, late, and the job decides what the lateness means.
 *
 * <p>Thread-safe as far as the Quartz scheduler is. Bad input throws {@link DossierException}
 * INPUT before the store is touched.
 */
public final class Schedules {

    static final String GROUP = "dossier";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Scheduler scheduler;

    Schedules(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** A schedule with its state in the store. @param next the next fire time, or null when paused or none */
    public record Entry(ScheduleSpec spec, boolean paused, Instant next) {
    }

    /** Checks a spec's cron, zone, output and counts; throws INPUT naming the first problem. */
    public static FireTimes check(ScheduleSpec spec) {
        ScheduleInput.name(spec.name());
        ScheduleInput.output(spec.name(), spec.out());
        ScheduleInput.count(spec.name(), "--retries", spec.retries());
        ScheduleInput.count(spec.name(), "--keep", spec.keep());
        if (spec.batch() != null) { // not yet: each row should become its own job so cluster nodes share the rows
            throw DossierException.input(ErrorCode.SCHEDULE_INVALID, "schedule '" + spec.name()
                    + "': scheduled batches (--batch) are not supported yet; add one schedule per parameter row");
        }
        return ScheduleInput.cron(spec.name(), spec.cron(), ScheduleInput.zone(spec.name(), spec.zone()));
    }

    /** True when a schedule of that name exists. */
    public boolean exists(String name) {
        return call(() -> scheduler.checkExists(key(name)));
    }

    /**
     * Stores a schedule, new or changed, and plans its next fire after {@code now}. A changed
     * schedule is updated in place: the job is replaced, and its pending trigger only when the
     * next fire time moved, so a fire due during the update is not lost.
     */
    public void put(ScheduleSpec spec, Instant now) {
        FireTimes times = check(spec);
        call(() -> {
            JobDetail job = JobBuilder.newJob(EditionJob.class).withIdentity(key(spec.name()))
                    .usingJobData(EditionJob.SPEC, writeSpec(spec)).storeDurably().requestRecovery().build();
            boolean paused = paused(spec.name());
            scheduler.addJob(job, true, true);
            Instant next = times.nextAfter(now);
            for (Trigger t : scheduler.getTriggersOfJob(job.getKey())) {
                if (next == null || !t.getKey().equals(triggerKey(spec.name(), next))) {
                    scheduler.unscheduleJob(t.getKey());
                }
            }
            plan(spec, times, now);
            if (paused) {
                scheduler.pauseJob(job.getKey());
            }
            return null;
        });
    }

    /** Plans the fire after {@code after}; a no-op when that fire is already planned (by any node). */
    void plan(ScheduleSpec spec, Instant after) {
        plan(spec, check(spec), after);
    }

    private void plan(ScheduleSpec spec, FireTimes times, Instant after) {
        Instant next = times.nextAfter(after);
        if (next == null) {
            return;
        }
        Trigger t = TriggerBuilder.newTrigger().withIdentity(triggerKey(spec.name(), next)).forJob(key(spec.name()))
                .usingJobData(EditionJob.FIRE_TIME, Long.toString(next.toEpochMilli()))
                .startAt(Date.from(next))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
        try {
            scheduler.scheduleJob(t);
        } catch (ObjectAlreadyExistsException e) {
            // another node, or an earlier attempt, planned this fire time already
        } catch (SchedulerException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "cannot plan " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    /** The stored spec. @throws DossierException INPUT when there is no such schedule */
    public ScheduleSpec get(String name) {
        return call(() -> {
            JobDetail job = scheduler.getJobDetail(key(name));
            if (job == null) {
                List<String> names = list().stream().map(e -> e.spec().name()).toList();
                throw DossierException.input(ErrorCode.SCHEDULE_UNKNOWN, "no schedule named '" + name + "'"
                        + dev.dossier.core.text.DidYouMean.hint(name, names)
                        + (names.isEmpty() ? "; there are no schedules yet" : "; schedules: " + String.join(", ", names)));
            }
            return readSpec(job.getJobDataMap().getString(EditionJob.SPEC));
        });
    }

    /** Every schedule, by name. */
    public List<Entry> list() {
        return call(() -> {
            List<Entry> out = new ArrayList<>();
            for (JobKey k : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                JobDetail job = scheduler.getJobDetail(k);
                if (job == null) {
                    continue;
                }
                boolean paused = paused(k.getName());
                Instant next = scheduler.getTriggersOfJob(k).stream()
                        .filter(t -> t.getKey().getName().startsWith(k.getName() + "@"))
                        .map(t -> Instant.ofEpochMilli(Long.parseLong(t.getJobDataMap().getString(EditionJob.FIRE_TIME))))
                        .min(Comparator.naturalOrder()).orElse(null);
                out.add(new Entry(readSpec(job.getJobDataMap().getString(EditionJob.SPEC)), paused, paused ? null : next));
            }
            out.sort(Comparator.comparing(e -> e.spec().name()));
            return out;
        });
    }

    /** Removes a schedule and its planned fires; its history stays. */
    public void remove(String name) {
        get(name);
        call(() -> scheduler.deleteJob(key(name)));
    }

    public void pause(String name) {
        get(name);
        call(() -> {
            scheduler.pauseJob(key(name));
            return null;
        });
    }

    /** Resumes a paused schedule; fire times that passed meanwhile are handled as misfires. */
    public void resume(String name) {
        get(name);
        call(() -> {
            scheduler.resumeJob(key(name));
            return null;
        });
    }

    /** Fires an edition now, outside the schedule, on whichever node takes it. */
    public Instant runNow(String name, Instant now) {
        get(name);
        Instant fireTime = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JobDataMap data = new JobDataMap();
        data.put(EditionJob.FIRE_TIME, Long.toString(fireTime.toEpochMilli()));
        data.put(EditionJob.MANUAL, "true");
        call(() -> {
            scheduler.triggerJob(key(name), data);
            return null;
        });
        return fireTime;
    }

    /** The next {@code count} fire times of a stored schedule after {@code now}, in its zone. */
    public List<Instant> next(String name, Instant now, int count) {
        ScheduleSpec spec = get(name);
        return check(spec).next(now, count);
    }

    /** The zone of a stored schedule. */
    public ZoneId zone(String name) {
        return ZoneId.of(get(name).zone());
    }

    private boolean paused(String name) throws SchedulerException {
        for (Trigger t : scheduler.getTriggersOfJob(key(name))) {
            if (scheduler.getTriggerState(t.getKey()) == Trigger.TriggerState.PAUSED) {
                return true;
            }
        }
        return false;
    }

    static JobKey key(String name) {
        return JobKey.jobKey(name, GROUP);
    }

    static TriggerKey triggerKey(String name, Instant fireTime) {
        return TriggerKey.triggerKey(name + "@" + fireTime.toEpochMilli(), GROUP);
    }

    static String writeSpec(ScheduleSpec spec) {
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScheduleSpec readSpec(String json) {
        try {
            return JSON.readValue(json, ScheduleSpec.class);
        } catch (JsonProcessingException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "a stored schedule is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private interface StoreCall<T> {
        T call() throws SchedulerException;
    }

    private static <T> T call(StoreCall<T> c) {
        try {
            return c.call();
        } catch (SchedulerException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "job store: " + e.getMessage(), e);
        }
    }

    Optional<Scheduler> quartz() {
        return Optional.of(scheduler);
    }
}
