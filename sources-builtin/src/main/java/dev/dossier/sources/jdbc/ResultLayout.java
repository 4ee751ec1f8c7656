package dev.dossier.sources.jdbc;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.SourceException;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a query's result columns become a dataset's columns: declared ones matched by name, or
 * derived from the result's metadata; and how one result row is read into a {@link Row}.
 */
final class ResultLayout {

    private final String providerId;
    private final DatasetDescriptor descriptor;
    private final int[] positions;

    private ResultLayout(String providerId, DatasetDescriptor descriptor, int[] positions) {
        this.providerId = providerId;
        this.descriptor = descriptor;
        this.positions = positions;
    }

    /**
     * Matches {@code declared} columns to result columns by name (case-insensitive), or, when
     * nothing is declared, derives a column from each result column: whole-number SQL types give
     * {@code integer}, other numbers {@code decimal}, {@code DATE} gives {@code date}, anything else
     * {@code string}; names are lower-cased labels, and a column is required when the database
     * says it cannot be null.
     *
     * @throws SourceException (bad input) when a declared column is not in the result, or derived names clash
     */
    static ResultLayout of(String providerId, String datasetName, Optional<DatasetDescriptor> declared,
                           ResultSetMetaData meta) throws SQLException, SourceException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        if (declared.isPresent()) {
            DatasetDescriptor d = declared.get();
            int[] positions = new int[d.columns().size()];
            for (int c = 0; c < positions.length; c++) {
                String name = d.columns().get(c).name();
                int at = labels.indexOf(name);
                if (at < 0) {
                    throw SourceException.badInput("source '" + providerId + "': the query returns no column '" + name
                            + "' (it returns: " + String.join(", ", labels) + ")");
                }
                positions[c] = at + 1;
            }
            return new ResultLayout(providerId, d, positions);
        }
        List<Column> columns = new ArrayList<>();
        int[] positions = new int[labels.size()];
        for (int i = 1; i <= labels.size(); i++) {
            String name = labels.get(i - 1).replaceAll("[^a-z0-9_-]", "_");
            Column column = new Column(name, typeOf(meta.getColumnType(i)), "", name, true);
            columns.add(meta.isNullable(i) == ResultSetMetaData.columnNoNulls ? column : column.optional());
            positions[i - 1] = i;
        }
        try {
            return new ResultLayout(providerId, new DatasetDescriptor(datasetName, "the rows of the source's query", columns),
                    positions);
        } catch (IllegalArgumentException e) {
            throw SourceException.badInput("source '" + providerId + "': " + e.getMessage()
                    + "; give the query's columns distinct aliases");
        }
    }

    private static ColumnType typeOf(int sqlType) {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> ColumnType.INTEGER;
            case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> ColumnType.DECIMAL;
            case Types.DATE -> ColumnType.DATE;
            default -> ColumnType.STRING;
        };
    }

    DatasetDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Reads the current result row.
     *
     * @param rowNumber 1-based, for messages
     * @throws SourceException (bad input) when a value does not fit its column, or a required one is null
     */
    Row read(ResultSet rs, int rowNumber, Row.Builder builder, Provenance provenance) throws SQLException, SourceException {
        for (int c = 0; c < positions.length; c++) {
            Column column = descriptor.columns().get(c);
            Object value;
            try {
                value = value(rs, positions[c], column.type());
            } catch (ArithmeticException e) {
                throw SourceException.badInput(at(rowNumber, column) + "'" + rs.getString(positions[c])
                        + "' is not " + (column.type() == ColumnType.YEAR ? "a year" : "a whole number"));
            }
            if (value == null && column.required()) {
                throw SourceException.badInput(at(rowNumber, column) + "empty value in required column (expected "
                        + column.type().id() + ")");
            }
            builder.set(column.name(), value);
        }
        return builder.provenance(provenance).build();
    }

    private static Object value(ResultSet rs, int position, ColumnType type) throws SQLException {
        return switch (type) {
            case STRING -> rs.getString(position);
            case DATE -> rs.getObject(position, LocalDate.class);
            case DECIMAL, PERCENT, MONEY -> rs.getBigDecimal(position);
            // Through BigDecimal so that 1.5 in an integer column fails instead of truncating.
            case INTEGER -> {
                BigDecimal v = rs.getBigDecimal(position);
                yield v == null ? null : v.longValueExact();
            }
            case YEAR -> {
                BigDecimal v = rs.getBigDecimal(position);
                yield v == null ? null : v.intValueExact();
            }
        };
    }

    private String at(int rowNumber, Column column) {
        return "source '" + providerId + "': query row " + rowNumber + ", column '" + column.name() + "': ";
    }
}
