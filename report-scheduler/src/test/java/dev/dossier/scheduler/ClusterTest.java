package dev.dossier.scheduler;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.dossier.scheduler.Fixtures.await;
import static dev.dossier.scheduler.Fixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three scheduler JVMs on one PostgreSQL store (the server's URL in {@code DOSSIER_TEST_POSTGRES},
 * e.g. {@code jdbc:postgresql://127.0.0.1:PORT/postgres}; {@code .ci/run} starts one): every fire
 * time runs exactly once, and the edition of a node killed mid-run is recovered by another.
 */
class ClusterTest {

    private static final String CRON = "0/3 * * * * ?";

    @TempDir
    Path dir;

    @Test
    void threeNodesRunEachFireOnceAndRecoverAKilledNodesEdition() throws Exception {
        String server = System.getenv("DOSSIER_TEST_POSTGRES");
        if ("true".equals(System.getenv("CI")) && (server == null || server.isBlank())) {
            throw new AssertionError("CI=true but DOSSIER_TEST_POSTGRES is not set: .ci/run starts the PostgreSQL server for this test");
        }
        Assumptions.assumeTrue(server != null && !server.isBlank(),
                "DOSSIER_TEST_POSTGRES is not set: no PostgreSQL server for the cluster test (.ci/run starts one)");
        String url = freshDatabase(server);
        StoreSettings store = new StoreSettings(url, "postgres", "", java.time.Duration.ofSeconds(1));
        Path out = dir.resolve("out");
        try (SchedulerStore s = SchedulerStore.open(store)) {
            s.schedules().put(Fixtures.spec("cluster", CRON, Misfire.ONCE), Instant.now());
        }
        List<Process> nodes = new ArrayList<>();
        try (SchedulerStore s = SchedulerStore.open(store)) {
            for (int i = 0; i < 3; i++) {
                nodes.add(node(url, out, i));
            }
            RunLedger ledger = s.ledger();
            await("five editions", () -> count(ledger.history("cluster", 500), "done") >= 5);
            await("an edition in flight", () -> running(ledger).isPresent());
            Run inFlight = running(ledger).orElseThrow();
            long pid = Long.parseLong(inFlight.node().substring(inFlight.node().lastIndexOf('/') + 1));
            Process victim = nodes.stream().filter(p -> p.pid() == pid).findFirst().orElseThrow();
            victim.destroyForcibly().waitFor(); // kill -9
            await("the killed node's edition recovered and twenty editions", () -> {
                List<Run> runs = ledger.history("cluster", 500);
                return count(runs, "done") >= 20 && runs.stream().anyMatch(r -> r.fireTime().equals(inFlight.fireTime())
                        && r.status().equals("done"));
            });
            for (Process p : nodes) {
                p.destroy(); // SIGTERM: the node waits for its running edition
            }
            for (Process p : nodes) {
                p.waitFor();
            }
            List<Run> runs = ledger.history("cluster", 500);
            Run recovered = runs.stream().filter(r -> r.fireTime().equals(inFlight.fireTime())).findFirst().orElseThrow();
            assertThat(recovered.node()).isNotEqualTo(inFlight.node());
            assertThat(recovered.error()).isNull(); // done clears the error; the takeover is in the node's log
            assertThat(runs).extracting(Run::fireTime).doesNotHaveDuplicates();
            assertThat(runs).noneMatch(r -> r.status().equals("running"));
            Instant first = runs.stream().map(Run::fireTime).min(Instant::compareTo).orElseThrow();
            Instant last = runs.stream().map(Run::fireTime).max(Instant::compareTo).orElseThrow();
            List<Instant> due = new ArrayList<>(List.of(first));
            due.addAll(new FireTimes(CRON, ZoneId.of("Europe/Berlin")).between(first, last));
            assertThat(runs).extracting(Run::fireTime).containsExactlyInAnyOrderElementsOf(due);
            try (Stream<Path> files = Files.walk(out)) {
                List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
                assertThat(pdfs).hasSize((int) count(runs, "done"));
            }
            assertThat(runs.stream().map(Run::node).distinct().count()).isGreaterThanOrEqualTo(2);
        } finally {
            nodes.forEach(Process::destroyForcibly);
        }
    }

    private static Optional<Run> running(RunLedger ledger) {
        return ledger.history("cluster", 5).stream().filter(r -> r.status().equals("running")).findFirst();
    }

    private Process node(String url, Path out, int i) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", cp, ClusterNode.class.getName(),
                url, out.toString(), "1000")
                .redirectErrorStream(true).redirectOutput(dir.resolve("node-" + i + ".log").toFile()).start();
    }

    /** A database of its own on the server, so runs never see each other's tables. */
    private static String freshDatabase(String server) throws SQLException {
        String name = "dossier_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(server, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

}
