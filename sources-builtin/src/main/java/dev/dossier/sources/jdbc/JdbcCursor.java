package dev.dossier.sources.jdbc;

import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;
import dev.dossier.api.UncheckedSourceException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.NoSuchElementException;

/**
 * Streams rows from an open result set, reading one ahead; closes the result set, its statement
 * and its connection at the end, on the first error, or when closed early.
 */
final class JdbcCursor implements RowCursor {

    private final JdbcConnector connector;
    private final Connection connection;
    private final Statement statement;
    private final ResultSet results;
    private final ResultLayout layout;
    private final Row.Builder builder;
    private final Provenance provenance;
    private int rowNumber;
    private Row next;
    private boolean done;

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
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                if (results.next()) {
                    next = layout.read(results, ++rowNumber, builder, provenance);
                } else {
                    close();
                }
            } catch (SQLException e) {
                close();
                throw new UncheckedSourceException(connector.failure("reading query row " + (rowNumber + 1) + " failed", e));
            } catch (SourceException e) {
                close();
                throw new UncheckedSourceException(e);
            }
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
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
