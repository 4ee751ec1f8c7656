package dev.dossier.scheduler;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the job store and run ledger live: an embedded H2 file (one scheduler) or a PostgreSQL
 * database shared by a cluster of schedulers.
 *
 * <p>The password never appears in {@link #toString()} or {@link #masked()}.
 *
 * @param url           JDBC URL ({@code jdbc:h2:file:…} or {@code jdbc:postgresql://…})
 * @param checkin       how often a clustered node checks in; a node counts as dead after about
 *                      this plus 7.5 s of silence
 */
public record StoreSettings(String url, String user, String password, Duration checkin) {

    /** The embedded store in {@code dataDir}: {@code dataDir/dossier.mv.db}, reachable by several processes of this machine. */
    public static StoreSettings embedded(Path dataDir) {
        return new StoreSettings("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("dossier")
                + ";AUTO_SERVER=TRUE", "sa", "", Duration.ofMillis(7500));
    }

    /** True for a PostgreSQL store: schedulers on it run as a Quartz cluster. */
    public boolean clustered() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without any password or query parameters, safe to print. */
    public String masked() {
        String u = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
        return u.replaceAll("//([^/@:]+):[^@/]*@", "//$1:***@");
    }

    /** A copy with another check-in interval. */
    public StoreSettings withCheckin(Duration interval) {
        return new StoreSettings(url, user, password, interval);
    }

    @Override
    public String toString() {
        return masked() + (user == null ? "" : " as " + user);
    }
}
