package dev.dossier.scheduler;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.utils.DBConnectionManager;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An open job store: its schedules and run history, and, once {@link #start started}, a
 * scheduler node that runs their editions.
 *
 * <p>Opening migrates the tables and runs no job; commands that only edit schedules close it
 * again. {@link #close()} stops taking fires and waits for running editions.
 */
public final class SchedulerStore implements AutoCloseable {

    /** An unclustered scheduler's heartbeat; another start is refused while it is fresher than {@link #STALE}. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration STALE = Duration.ofSeconds(20);

    private final StoreSettings store;
    private final Scheduler scheduler;
    private final Schedules schedules;
    private final RunLedger ledger;
    private final String node;
    /** Tells this store's claim from another one's in the same process. */
    private final String holder;
    private ScheduledExecutorService heartbeat;

    private SchedulerStore(StoreSettings store, int threads) {
        this.store = store;
        this.scheduler = JobStoreFactory.open(store, threads);
        this.schedules = new Schedules(scheduler);
        this.ledger = new RunLedger(() -> DBConnectionManager.getInstance().getConnection(JobStoreFactory.DATA_SOURCE));
        this.node = nodeName();
        this.holder = node + "#" + Integer.toHexString(System.identityHashCode(this));
    }

    /** Opens (and on first use creates) the store. @throws DossierException FAILURE when it cannot be reached */
    public static SchedulerStore open(StoreSettings store) {
        return new SchedulerStore(store, 4);
    }

    public Schedules schedules() {
        return schedules;
    }

    public RunLedger ledger() {
        return ledger;
    }

    /** This process's name in the history: host and process id. */
    public String node() {
        return node;
    }

    /**
     * Starts running editions here.
     *
     * @throws DossierException INPUT ({@link ErrorCode#SCHEDULER_IN_USE}) when an unclustered store
     *                          already has a live scheduler
     */
    public void start(EditionRenderer renderer, RunSettings settings, Consumer<String> log) {
        if (!store.clustered()) {
            claimEmbedded();
        }
        EditionRun run = new EditionRun(ledger, renderer, settings, node, log);
        try {
            scheduler.setJobFactory((bundle, s) -> new EditionJob(schedules, run));
            scheduler.start();
        } catch (SchedulerException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** Two unclustered schedulers on one store would each run every edition: the second is refused. */
    private void claimEmbedded() {
        try (Connection c = DBConnectionManager.getInstance().getConnection(JobStoreFactory.DATA_SOURCE)) {
            c.setAutoCommit(false);
            long now = System.currentTimeMillis();
            try (PreparedStatement ps = c.prepareStatement("SELECT holder, heartbeat FROM dossier_lock WHERE name = 'scheduler' FOR UPDATE")) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && now - rs.getLong(2) < STALE.toMillis() && !rs.getString(1).equals(holder)) {
                        c.rollback();
                        throw DossierException.input(ErrorCode.SCHEDULER_IN_USE, "a scheduler (" + rs.getString(1).replaceFirst("#.*", "")
                                + ") is already running on " + store.masked() + "; stop it first, or use a PostgreSQL store"
                                + " (--store jdbc:postgresql://…) to run several schedulers as a cluster");
                    }
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM dossier_lock WHERE name = 'scheduler'");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO dossier_lock (name, holder, heartbeat) VALUES ('scheduler', ?, ?)")) {
                del.executeUpdate();
                ins.setString(1, holder);
                ins.setLong(2, now);
                ins.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "cannot claim the store: " + e.getMessage(), e);
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dossier-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try (Connection c = DBConnectionManager.getInstance().getConnection(JobStoreFactory.DATA_SOURCE);
             PreparedStatement ps = c.prepareStatement("UPDATE dossier_lock SET heartbeat = ? WHERE name = 'scheduler' AND holder = ?")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, holder);
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            // the next beat tries again; a store that stays unreachable fails the jobs themselves
        }
    }

    private void release() {
        if (heartbeat == null) {
            return;
        }
        heartbeat.shutdownNow();
        // Quartz has closed its pool by now (the claim is dropped only once running editions are done).
        try (Connection c = java.sql.DriverManager.getConnection(store.url(), store.user(), store.password());
             PreparedStatement ps = c.prepareStatement("DELETE FROM dossier_lock WHERE name = 'scheduler' AND holder = ?")) {
            ps.setString(1, holder);
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            // a stale claim expires by itself
        }
    }

    /** Stops taking new fires, waits for running editions, and closes the store. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "stopping the scheduler: " + e.getMessage(), e);
        } finally {
            release();
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
