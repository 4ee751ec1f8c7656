package dev.dossier.sources.jdbc;

import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.ReadAheadCursor;
import dev.dossier.api.SourceException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Streams rows from an open result set, reading one ahead; closes the result set, its statement
 * and its connection at the end, on the first error, or when closed early.
 */
final class JdbcCursor extends ReadAheadCursor {

    private final JdbcConnector connector;
    private final Connection connection;
    private final Statement statement;
    private final ResultSet results;
    private final ResultLayout layout;
    private final Row.Builder builder;
    private final Provenance provenance;
    private int rowNumber;

    JdbcCursor(JdbcConnector connector, Connection connection, Statement statement, ResultSet results,
               ResultLayout layout, Provenance provenance) {
        this.connector = connector;
        this.connection = connection;
        this.statement = statement;
        this.results = results;
        this.layout = layout;
        this.builder = Row.builder(layout.descriptor());
        this.provenance = provenance;
    }

    @Override
    protected Row read() throws SourceException {
        try {
            return results.next() ? layout.read(results, ++rowNumber, builder, provenance) : null;
        } catch (SQLException e) {
            throw connector.failure("reading query row " + (rowNumber + 1) + " failed", e);
        }
    }

    @Override
    protected void release() {
        closeQuietly(results);
        closeQuietly(statement);
        closeQuietly(connection);
    }

    static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception ignored) {
            // the rows were read or abandoned; a failed close has nothing left to lose
        }
    }
}
