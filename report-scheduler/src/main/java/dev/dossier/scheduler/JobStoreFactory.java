package dev.dossier.scheduler;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens a Quartz scheduler over the JDBC job store ({@code JobStoreTX}) with a HikariCP pool,
 * after migrating the store's tables.
 *
 * <p>On PostgreSQL the scheduler joins a cluster ({@code isClustered}, {@code instanceId=AUTO})
 * and acquires triggers inside the store's lock, without which Quartz clusters can fire a trigger
 * twice. The scheduler is returned unstarted: commands that only edit schedules never run jobs.
 */
final class JobStoreFactory {

    /** Quartz's name for the pool; Dossier's ledger borrows connections from it too. */
    static final String DATA_SOURCE = "dossier";
    /** A trigger later than this counts as misfired (Quartz's own notion, and the job's). */
    static final java.time.Duration MISFIRE_THRESHOLD = java.time.Duration.ofSeconds(5);

    private JobStoreFactory() {
    }

    static Scheduler open(StoreSettings store, int threads) {
        migrate(store);
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "dossier");
        p.setProperty("org.quartz.scheduler.instanceId", store.clustered() ? "AUTO" : "local");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", store.clustered()
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(MISFIRE_THRESHOLD.toMillis()));
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(store.clustered()));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(store.checkin().toMillis()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        String ds = "org.quartz.dataSource." + DATA_SOURCE + ".";
        p.setProperty(ds + "provider", "hikaricp");
        p.setProperty(ds + "driver", store.clustered() ? "org.postgresql.Driver" : "org.h2.Driver");
        p.setProperty(ds + "URL", store.url());
        p.setProperty(ds + "user", store.user() == null ? "" : store.user());
        p.setProperty(ds + "password", store.password() == null ? "" : store.password());
        p.setProperty(ds + "maxConnections", Integer.toString(threads + 4));
        try {
            return new StdSchedulerFactory(p).getScheduler();
        } catch (SchedulerException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "cannot open the job store at " + store.masked()
                    + ": " + e.getMessage().replace(store.password() == null || store.password().isEmpty() ? "\u0000" : store.password(), "***"), e);
        }
    }

    private static void migrate(StoreSettings store) {
        try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password())) {
            Migrations.run(c, store.clustered());
        } catch (SQLException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "cannot connect to the job store at " + store.masked()
                    + ": " + e.getMessage(), e);
        }
    }
}
