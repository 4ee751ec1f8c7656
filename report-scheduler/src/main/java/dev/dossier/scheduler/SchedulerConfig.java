package dev.dossier.scheduler;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The scheduler's configuration file (YAML), every key optional:
 * <pre>
 * store: jdbc:postgresql://db:5432/dossier   # default: the embedded H2 store in dataDir
 * user: dossier                              # or DOSSIER_STORE_USER
 * password: secret                           # or DOSSIER_STORE_PASSWORD; never printed
 * dataDir: var/dossier                       # or DOSSIER_DATA; default ./var/dossier
 * output: .                                  # the output root schedules write under
 * checkinSeconds: 7.5                        # cluster check-in interval
 * owner: ops@example.org                     # told about failed runs
 * smtp: { host: mail, port: 25, from: dossier@example.org, user: …, password: … }
 * history: { days: 366, keep: 1000 }         # history pruned by age and count
 * retryBackoffSeconds: 30
 * </pre>
 * Relative paths are read against the file's folder.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SchedulerConfig(String store, String user, String password, String dataDir, String output,
                              Double checkinSeconds, String owner, Smtp smtp, History history, Double retryBackoffSeconds) {

    /** SMTP settings in the file. */
    public record Smtp(String host, Integer port, String from, String user, String password) {
    }

    /** History pruning in the file. */
    public record History(Integer days, Integer keep) {
    }

    private static final SchedulerConfig EMPTY = new SchedulerConfig(null, null, null, null, null, null, null, null, null, null);

    /** Reads {@code file}; an empty configuration when {@code file} is null. @throws DossierException INPUT when unreadable */
    public static SchedulerConfig load(Path file) {
        if (file == null) {
            return EMPTY;
        }
        try {
            SchedulerConfig c = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(file), SchedulerConfig.class);
            return c == null ? EMPTY : c.relativeTo(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.CONFIG, file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private SchedulerConfig relativeTo(Path base) {
        return new SchedulerConfig(store, user, password, dataDir == null ? null : base.resolve(dataDir).toString(),
                output == null ? null : base.resolve(output).toString(), checkinSeconds, owner, smtp, history, retryBackoffSeconds);
    }

    /**
     * The store to open: {@code storeUrl} (a command-line {@code --store}) over the file's
     * {@code store:}, else the embedded store in {@code dataDir}, the file's, {@code DOSSIER_DATA}
     * or {@code ./var/dossier}, in that order.
     */
    public StoreSettings storeSettings(String storeUrl, Path dataDirOption, Map<String, String> env) {
        String url = storeUrl != null ? storeUrl : store;
        Duration checkin = checkinSeconds == null ? Duration.ofMillis(7500) : Duration.ofMillis((long) (checkinSeconds * 1000));
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw DossierException.input(ErrorCode.SCHEDULER_STORE, "--store must be a jdbc:postgresql:// URL; without it"
                        + " the embedded store in --data-dir is used");
            }
            return new StoreSettings(url, user != null ? user : env.get("DOSSIER_STORE_USER"),
                    password != null ? password : env.get("DOSSIER_STORE_PASSWORD"), checkin);
        }
        Path dir = dataDirOption != null ? dataDirOption
                : dataDir != null ? Path.of(dataDir)
                : env.get("DOSSIER_DATA") != null ? Path.of(env.get("DOSSIER_DATA"))
                : Path.of("var", "dossier");
        return StoreSettings.embedded(dir);
    }

    /** How editions run on this node: output root, retry backoff, history limits and mail. */
    public RunSettings runSettings(Path outputOption) {
        RunSettings r = RunSettings.defaults();
        if (outputOption != null || output != null) {
            r = r.withOutputRoot(outputOption != null ? outputOption : Path.of(output));
        }
        if (retryBackoffSeconds != null) {
            r = r.withRetryBackoff(Duration.ofMillis((long) (retryBackoffSeconds * 1000)));
        }
        if (history != null) {
            r = r.withHistory(history.days() == null ? r.historyAge() : Duration.ofDays(history.days()),
                    history.keep() == null ? r.historyKeep() : history.keep());
        }
        if (smtp != null && smtp.host() != null) {
            r = r.withMail(new MailSettings(smtp.host(), smtp.port() == null ? 25 : smtp.port(),
                    smtp.from() == null ? "dossier@localhost" : smtp.from(), owner, smtp.user(), smtp.password()));
        }
        return r;
    }
}
