package dev.dossier.sources.jdbc;

import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one SQL query. Opening it checks the query and its columns (prepared, not run, where
 * the driver allows); each {@link #rows()} call runs the query on a fresh connection and streams the result.
 */
final class JdbcDataset implements Dataset {

    private final JdbcConnector connector;
    private final String query;
    private final int fetchSize;
    private final ResultLayout layout;
    private final Provenance provenance;

    private JdbcDataset(JdbcConnector connector, String query, int fetchSize, ResultLayout layout, Provenance provenance) {
        this.connector = connector;
        this.query = query;
        this.fetchSize = fetchSize;
        this.layout = layout;
        this.provenance = provenance;
    }

    /**
     * Prepares {@code query} and lays out its result.
     *
     * @throws SourceException naming the SQL state when the database refuses the connection or
     *                         the query; bad input when a declared column is missing
     */
    static JdbcDataset open(JdbcConnector connector, String providerId, String datasetName, String query, int fetchSize,
                            Optional<DatasetDescriptor> declared, Provenance provenance) throws SourceException {
        Connection connection = null;
        try {
            connection = connector.connect();
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                ResultSetMetaData meta = statement.getMetaData();
                if (meta != null) {
                    return new JdbcDataset(connector, query, fetchSize,
                            ResultLayout.of(providerId, datasetName, declared, meta), provenance);
                }
                // Some drivers describe a result only once it exists; one row is enough.
                statement.setMaxRows(1);
                try (ResultSet rs = statement.executeQuery()) {
                    return new JdbcDataset(connector, query, fetchSize,
                            ResultLayout.of(providerId, datasetName, declared, rs.getMetaData()), provenance);
                }
            }
        } catch (SQLException e) {
            throw connector.failure("query failed", e);
        } finally {
            JdbcCursor.closeQuietly(connection);
        }
    }

    @Override
    public DatasetDescriptor descriptor() {
        return layout.descriptor();
    }

    @Override
    public List<Provenance> provenance() {
        return List.of(provenance);
    }

    /** Runs the query; the cursor holds the connection until it is exhausted or closed. */
    @Override
    public RowCursor rows() throws SourceException {
        Connection connection = null;
        PreparedStatement statement = null;
        try {
            connection = connector.connect();
            connection.setReadOnly(true);
            statement = connection.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            ResultSet results = statement.executeQuery();
            return new JdbcCursor(connector, connection, statement, results, layout, provenance);
        } catch (SQLException e) {
            JdbcCursor.closeQuietly(statement);
            JdbcCursor.closeQuietly(connection);
            throw connector.failure("query failed", e);
        }
    }
}
