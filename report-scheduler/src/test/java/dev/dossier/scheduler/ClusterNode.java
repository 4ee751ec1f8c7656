package dev.dossier.scheduler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One scheduler node of {@link ClusterTest}, run in its own JVM: {@code URL OUTPUT-ROOT RENDER-DELAY-MS}.
 * Each edition is the real engine's, after a pause that keeps runs in flight long enough to kill one.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.awt.headless", "true");
        StoreSettings store = new StoreSettings(args[0], "postgres", "", Duration.ofSeconds(1));
        long delay = Long.parseLong(args[2]);
        EditionRenderer real = Fixtures.engine();
        EditionRenderer slowed = new EditionRenderer() {
            @Override
            public Edition render(ScheduleSpec spec, Map<String, String> parameters, Path pdf, Path previous) {
                EditionRun.sleep(Duration.ofMillis(delay));
                return real.render(spec, parameters, pdf, previous);
            }

            @Override
            public void validate(ScheduleSpec spec) {
                real.validate(spec);
            }
        };
        SchedulerStore s = SchedulerStore.open(store);
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        s.start(slowed, Fixtures.settings(Path.of(args[1])), line -> System.out.println(s.node() + " " + line));
        System.out.println("started " + s.node());
        Thread.currentThread().join();
    }
}
