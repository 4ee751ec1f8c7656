package dev.dossier.cli;

import dev.dossier.scheduler.EditionRenderer;
import dev.dossier.scheduler.SchedulerStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dossier scheduler start}: runs scheduled editions in the foreground until stopped. */
@Command(name = "scheduler", mixinStandardHelpOptions = true, description = "Run the scheduler.",
        subcommands = SchedulerCommand.Start.class)
final class SchedulerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: start");
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Run editions as they fall due, logging one line per run. SIGTERM or Ctrl-C stops taking fires"
                    + " and waits for running reports.")
    static final class Start implements Callable<Integer> {
        @Option(names = "--output-root", paramLabel = "DIR", description = "Folder schedules write under (default: the config's output, or .).")
        Path outputRoot;
        @Mixin StoreOptions store;
        @Mixin CommonOptions common;

        @Override
        public Integer call() throws InterruptedException {
            EditionRenderer renderer = EditionRenderer.of(common.engine());
            SchedulerStore s = store.open();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.err.println("dossier scheduler: stopping; waiting for running reports");
                s.close();
                stopped.countDown();
            }, "dossier-stop"));
            s.start(renderer, store.config().runSettings(outputRoot), line -> System.out.println(Instant.now() + " " + line));
            System.out.println("dossier scheduler " + s.node() + " on " + store.settings().masked() + ": "
                    + s.schedules().list().size() + " schedule(s)");
            stopped.await();
            return 0;
        }
    }
}
