package dev.dossier.scheduler;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Quartz job behind every schedule: decides what one fire means, then hands the edition to
 * {@link EditionRun}.
 *
 * <p>Order matters: the next fire time is planned first (so a slow edition never delays the next
 * fire, which then sees this one running and is skipped); a late fire whose successors already
 * passed is a misfire (every missed time is recorded; {@code once} runs one edition for the
 * latest, {@code skip} none); the fire time is then claimed in the ledger, which makes the run
 * effectively once across nodes. A fire recovered from a dead node takes over that node's run.
 */
final class EditionJob implements Job {

    static final String SPEC = "spec";
    static final String FIRE_TIME = "fireTime";
    static final String MANUAL = "manual";

    private final Schedules schedules;
    private final EditionRun run;

    EditionJob(Schedules schedules, EditionRun run) {
        this.schedules = schedules;
        this.run = run;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        ScheduleSpec spec = Schedules.readSpec(data.getString(SPEC));
        FireTimes times = ScheduleInput.cron(spec.name(), spec.cron(), ScheduleInput.zone(spec.name(), spec.zone()));
        Instant now = Instant.now();
        Instant fireTime = fireTime(data, context);
        String node = run.node();
        if (context.isRecovering()) {
            schedules.plan(spec, now);
            if (run.ledger().takeOver(spec.name(), fireTime, node)) {
                run.log(spec.name() + " " + fireTime + ": taking over the edition of a node that stopped");
                run.produce(spec, fireTime);
            }
            return;
        }
        boolean manual = Boolean.parseBoolean(data.getString(MANUAL));
        if (!manual) {
            schedules.plan(spec, fireTime.isAfter(now) ? fireTime : now);
            List<Instant> due = new ArrayList<>(List.of(fireTime));
            // Only a fire later than the job store's misfire threshold means downtime; a busy node's
            // slightly late fire is an ordinary one (and is skipped if the last edition still renders).
            if (Duration.between(fireTime, now).compareTo(JobStoreFactory.MISFIRE_THRESHOLD) > 0) {
                due.addAll(times.between(fireTime, now));
            }
            if (due.size() > 1) {
                Instant last = due.get(due.size() - 1);
                for (Instant missed : due) {
                    if (!missed.equals(last) || spec.misfire() == Misfire.SKIP) {
                        run.ledger().missed(spec.name(), missed, node);
                    }
                }
                run.log(spec.name() + ": " + (due.size() - (spec.misfire() == Misfire.SKIP ? 0 : 1)) + " missed fire time(s) recorded"
                        + (spec.misfire() == Misfire.SKIP ? "" : "; one edition for " + last));
                if (spec.misfire() == Misfire.SKIP) {
                    return;
                }
                fireTime = last;
            }
        }
        switch (run.ledger().claim(spec.name(), fireTime, node)) {
            case CLAIMED -> run.produce(spec, fireTime);
            case OVERLAP -> run.log(spec.name() + " " + fireTime + ": skipped, the previous edition is still rendering");
            case DUPLICATE -> run.log(spec.name() + " " + fireTime + ": already run (duplicate fire ignored)");
        }
    }

    /** The scheduled fire time: stored on the trigger, whose Quartz fire time moves when a misfire fires it late. */
    private static Instant fireTime(JobDataMap data, JobExecutionContext context) {
        String stored = data.getString(FIRE_TIME);
        if (stored == null) {
            String original = data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME);
            stored = original == null ? null : original.substring(original.lastIndexOf('@') + 1);
        }
        return stored != null ? Instant.ofEpochMilli(Long.parseLong(stored)) : context.getScheduledFireTime().toInstant();
    }
}
