package dev.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.scheduler.EditionRenderer;
import dev.dossier.scheduler.Misfire;
import dev.dossier.scheduler.Run;
import dev.dossier.scheduler.ScheduleFile;
import dev.dossier.scheduler.ScheduleSpec;
import dev.dossier.scheduler.SchedulerStore;
import dev.dossier.scheduler.Schedules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dossier schedule …}: the schedules in the job store. None of these needs a running scheduler. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Add, change, inspect and remove scheduled reports (see also: dossier scheduler start).",
        subcommands = {ScheduleCommand.Add.class, ScheduleCommand.ListSchedules.class, ScheduleCommand.Show.class,
                ScheduleCommand.Remove.class, ScheduleCommand.Pause.class, ScheduleCommand.Resume.class,
                ScheduleCommand.RunNow.class, ScheduleCommand.History.class, ScheduleCommand.Next.class,
                ScheduleCommand.Apply.class})
final class ScheduleCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: add, list, show, remove, pause, resume, run-now, history, next or apply");
    }

    /** Opens the store, runs {@code work} on it, closes it. */
    static <T> T withStore(StoreOptions store, java.util.function.Function<SchedulerStore, T> work) {
        try (SchedulerStore s = store.open()) {
            return work.apply(s);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a schedule, or change the one of that name in place. The template is validated first.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--template", required = true, paramLabel = "T") Path template;
        @Option(names = "--cron", required = true, paramLabel = "EXPR",
                description = "Quartz cron, seconds first: \"0 0 7 ? * MON\" is Mondays at 07:00.") String cron;
        @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE", description = "IANA time zone (default: ${DEFAULT-VALUE}).") String zone;
        @Option(names = "--out", required = true, paramLabel = "PATTERN",
                description = "Output under the output root: {name} and date patterns, e.g. 'reports/{yyyy-MM-dd}/{name}.pdf'.") String out;
        @Option(names = "--theme", paramLabel = "NAME|FILE") String theme;
        @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE") Map<String, String> parameters = new LinkedHashMap<>();
        @Option(names = "--misfire", defaultValue = "once", paramLabel = "once|skip",
                description = "After downtime: one edition for the missed window (once) or none (skip).") Misfire misfire;
        @Option(names = "--retries", defaultValue = "0", paramLabel = "N") int retries;
        @Option(names = "--keep", defaultValue = "0", paramLabel = "N", description = "Editions kept on disk (0: all).") int keep;
        @Option(names = "--email", split = ",", paramLabel = "ADDR") List<String> email = new ArrayList<>();
        @Mixin StoreOptions store;
        @Mixin CommonOptions common;

        @Override
        public Integer call() {
            ScheduleSpec s = new ScheduleSpec(name, template.toAbsolutePath().normalize().toString(), cron, zone, out, theme,
                    parameters, misfire, retries, keep, email, null);
            Schedules.check(s);
            EditionRenderer.of(common.engine()).validate(s);
            Instant next = withStore(store, st -> {
                boolean existed = st.schedules().exists(name);
                st.schedules().put(s, Instant.now());
                System.out.println((existed ? "updated " : "added ") + name);
                return st.schedules().next(name, Instant.now(), 1).stream().findFirst().orElse(null);
            });
            if (next != null) {
                System.out.println("next: " + next.atZone(ZoneId.of(zone)).toOffsetDateTime() + " (" + zone + ")");
            }
            return 0;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Add or update, in place, every schedule declared in a YAML file (see examples/scheduled/schedules.yaml).")
    static final class Apply implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Mixin StoreOptions store;
        @Mixin CommonOptions common;

        @Override
        public Integer call() {
            List<ScheduleSpec> specs = ScheduleFile.read(file);
            EditionRenderer renderer = EditionRenderer.of(common.engine());
            specs.forEach(renderer::validate); // all checked before any is stored
            return withStore(store, st -> {
                for (ScheduleSpec s : specs) {
                    boolean existed = st.schedules().exists(s.name());
                    boolean same = existed && st.schedules().get(s.name()).equals(s);
                    if (!same) {
                        st.schedules().put(s, Instant.now());
                    }
                    System.out.println((same ? "unchanged " : existed ? "updated " : "added ") + s.name());
                }
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the schedules with their next fire time.")
    static final class ListSchedules implements Callable<Integer> {
        @Mixin StoreOptions store;

        @Override
        public Integer call() {
            return withStore(store, st -> {
                for (Schedules.Entry e : st.schedules().list()) {
                    ScheduleSpec s = e.spec();
                    System.out.printf("%-24s %-22s %-18s %s%n", s.name(), s.cron(), s.zone(), e.paused() ? "paused"
                            : e.next() == null ? "no further fires" : "next " + e.next().atZone(ZoneId.of(s.zone())).toOffsetDateTime());
                }
                return 0;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one schedule as JSON.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Mixin StoreOptions store;

        @Override
        public Integer call() throws Exception {
            ScheduleSpec s = withStore(store, st -> st.schedules().get(name));
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(s));
            return 0;
        }
    }

    /** A command that changes one schedule by name and says what it did. */
    abstract static class OneSchedule implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Mixin StoreOptions store;

        /** Applies the change; returns the past participle printed before the name ("paused"). */
        abstract String apply(Schedules schedules, String name);

        @Override
        public Integer call() {
            return withStore(store, st -> {
                System.out.println(apply(st.schedules(), name) + " " + name);
                return 0;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a schedule; its history stays.")
    static final class Remove extends OneSchedule {
        @Override
        String apply(Schedules schedules, String name) {
            schedules.remove(name);
            return "removed";
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Pause a schedule.")
    static final class Pause extends OneSchedule {
        @Override
        String apply(Schedules schedules, String name) {
            schedules.pause(name);
            return "paused";
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a paused schedule (missed fires follow its --misfire).")
    static final class Resume extends OneSchedule {
        @Override
        String apply(Schedules schedules, String name) {
            schedules.resume(name);
            return "resumed";
        }
    }

    @Command(name = "run-now", mixinStandardHelpOptions = true,
            description = "Queue an edition now, outside the schedule; a running scheduler picks it up.")
    static final class RunNow implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Mixin StoreOptions store;

        @Override
        public Integer call() {
            return withStore(store, st -> {
                Instant at = st.schedules().runNow(name, Instant.now());
                System.out.println("queued " + name + " for " + at);
                return 0;
            });
        }
    }

    @Command(name = "next", mixinStandardHelpOptions = true,
            description = "The next fire times in the schedule's zone, with the daylight-saving rule applied.")
    static final class Next implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--count", defaultValue = "5", paramLabel = "N") int count;
        @Mixin StoreOptions store;

        @Override
        public Integer call() {
            if (count < 1) {
                throw DossierException.input(ErrorCode.USAGE, "--count must be 1 or more, not " + count);
            }
            return withStore(store, st -> {
                ZoneId zone = st.schedules().zone(name);
                st.schedules().next(name, Instant.now(), count)
                        .forEach(t -> System.out.println(t.atZone(zone).toOffsetDateTime() + "  " + zone));
                return 0;
            });
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Runs, newest first: one per scheduled fire time.")
    static final class History implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME") String name;
        @Option(names = "--limit", defaultValue = "50", paramLabel = "N") int limit;
        @Option(names = "--json", description = "Print JSON: schedule, fireTime, started, ended, status, node, output, bytes, error.")
        boolean json;
        @Mixin StoreOptions store;

        @Override
        public Integer call() throws Exception {
            List<Run> runs = withStore(store, st -> {
                if (name != null) {
                    st.schedules().get(name);
                }
                return st.ledger().history(name, limit);
            });
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ArrayNode out = m.createArrayNode();
                for (Run r : runs) {
                    ObjectNode o = out.addObject();
                    o.put("schedule", r.schedule()).put("fireTime", r.fireTime().toString())
                            .put("started", str(r.started())).put("ended", str(r.ended())).put("status", r.status())
                            .put("node", r.node()).put("output", r.output()).put("pages", r.pages()).put("bytes", r.bytes())
                            .put("attempts", r.attempts()).put("error", r.error());
                }
                System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(out));
                return 0;
            }
            for (Run r : runs) {
                System.out.printf("%-20s %-24s %-11s %-24s %s%n", r.schedule(), r.fireTime(), r.status(), r.node(),
                        r.error() != null ? r.error() : r.output() != null ? r.output() + " (" + r.bytes() + " bytes)" : "");
            }
            return 0;
        }

        private static String str(Instant i) {
            return i == null ? null : i.toString();
        }
    }
}
