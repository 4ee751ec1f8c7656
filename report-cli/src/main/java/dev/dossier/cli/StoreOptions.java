package dev.dossier.cli;

import dev.dossier.scheduler.SchedulerConfig;
import dev.dossier.scheduler.SchedulerStore;
import dev.dossier.scheduler.StoreSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the schedules live: options every {@code schedule} and {@code scheduler} command shares. */
final class StoreOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded store (default: DOSSIER_DATA, the config's dataDir, or ./var/dossier).")
    Path dataDir;

    @Option(names = "--store", paramLabel = "JDBC-URL",
            description = "A PostgreSQL store shared by a cluster of schedulers (jdbc:postgresql://HOST:PORT/DB); user and"
                    + " password from the config file or DOSSIER_STORE_USER / DOSSIER_STORE_PASSWORD.")
    String store;

    @Option(names = "--config", paramLabel = "FILE", description = "Scheduler configuration (YAML): store, mail, owner, history.")
    Path config;

    SchedulerConfig config() {
        return SchedulerConfig.load(config);
    }

    StoreSettings settings() {
        return config().storeSettings(store, dataDir, System.getenv());
    }

    SchedulerStore open() {
        return SchedulerStore.open(settings());
    }
}
