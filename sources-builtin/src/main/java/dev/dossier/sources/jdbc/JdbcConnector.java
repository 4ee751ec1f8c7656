package dev.dossier.sources.jdbc;

import dev.dossier.api.SourceException;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens connections to one database and turns SQL failures into {@link SourceException}s that
 * name the provider and the SQL state but never the password (nor the URL, which may embed one).
 */
final class JdbcConnector {

    private static final String MASK = "****";

    private final String providerId;
    private final String url;
    private final String user;
    private final String password;

    JdbcConnector(String providerId, String url, String user, String password) {
        this.providerId = providerId;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Opens a connection.
     *
     * @throws SQLException as the driver throws it; pass it to {@link #failure}
     */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (!user.isEmpty()) {
            properties.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        // DriverManager only hands out drivers visible to the caller's class loader; asking our own
        // loader first finds the bundled driver even when this jar sits in a plugin class loader.
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcConnector.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver.connect(url, properties);
            }
        }
        return DriverManager.getConnection(url, properties);
    }

    /**
     * A {@link SourceException} for a failed SQL call: bad input when the SQL state says the query,
     * the data or the credentials are wrong (classes 22, 28, 3D, 3F, 42), else a failure of the source.
     *
     * @param doing what was being done, e.g. "query failed"
     */
    SourceException failure(String doing, SQLException e) {
        String state = e.getSQLState() == null ? "none" : e.getSQLState();
        String reason = scrub(firstLine(e.getMessage()));
        if ("08001".equals(state) && reason.contains("suitable driver")) {
            // the url names a database Dossier has no driver for: the user's option is at fault
            return SourceException.badInput("source '" + providerId + "': no JDBC driver accepts this url"
                    + " (H2 is bundled; for another database, add its driver jar to a plugin folder or the class path)");
        }
        String message = "source '" + providerId + "': " + doing + " (SQL state " + state + "): " + reason;
        // The driver's own exception is attached only when nothing in it repeats the password.
        Throwable cause = mentionsPassword(e) ? null : e;
        return isInputError(state) ? SourceException.badInput(message, cause) : new SourceException(message, cause);
    }

    private static boolean isInputError(String state) {
        return state.startsWith("22") || state.startsWith("28") || state.startsWith("3D")
                || state.startsWith("3F") || state.startsWith("42");
    }

    private boolean mentionsPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!password.isEmpty() && String.valueOf(t.getMessage()).contains(password)) {
                return true;
            }
        }
        return false;
    }

    private String scrub(String text) {
        return password.isEmpty() ? text : text.replace(password, MASK);
    }

    private static String firstLine(String text) {
        return text == null ? "no message" : text.lines().findFirst().orElse("no message");
    }

    @Override
    public String toString() {
        return "JdbcConnector[" + providerId + "]";
    }
}
