package dev.dossier.sources.jdbc;

import dev.dossier.api.DataSource;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.Provenance;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.sources.GenericProvider;
import dev.dossier.sources.SingleDatasetSource;

import java.util.List;
import java.util.Optional;

/**
 * Provider {@code jdbc}: one dataset whose rows are the result of a SQL query against the user's database.
 *
 * <p>Options, besides those of {@link GenericProvider} (where the citation URL option is
 * {@value #SOURCE_URL}, because {@value #URL} names the database):
 * <ul>
 *   <li>{@value #URL} (string, required) — the JDBC URL, e.g. {@code jdbc:h2:./data/trade}; the H2
 *       driver is bundled, others are found on the class path</li>
 *   <li>{@value #USER} (string), {@value #PASSWORD} (string, secret) — credentials; the password
 *       is never printed, logged or put in a message</li>
 *   <li>{@value #QUERY} (string, required) — the {@code SELECT} whose rows form the dataset</li>
 *   <li>{@value #FETCH_SIZE} (integer, default 1000) — rows fetched per round trip</li>
 *   <li>{@value GenericProvider#COLUMNS} (optional here) — when given, each declared column is
 *       taken from the result column of the same name (case-insensitive) and read as the declared
 *       type; other result columns are ignored. When omitted, the columns are derived from the
 *       query's result metadata (see below), so a template using them can only be checked once
 *       the query has been prepared</li>
 *   <li>{@value GenericProvider#TITLE} (required here) with the other provenance options — the source
 *       cited for every row</li>
 * </ul>
 *
 * <p>Derived columns: names are the lower-cased column labels, whole-number SQL types give
 * {@code integer}, other numeric types {@code decimal}, {@code DATE} gives {@code date}, anything
 * else {@code string}. Values are never rounded: {@code 1.5} in an {@code integer} column is an error.
 *
 * <p>Fetching the dataset prepares the query and checks its columns; each cursor then runs it on its
 * own read-only connection and streams the result set, which is closed with the cursor.
 *
 * <p>Errors are {@link SourceException}s naming the provider and the SQL state, e.g.
 * {@code source 'jdbc': query failed (SQL state 42S02): Table "TRADE" not found}; they are bad input
 * when the state says the query, data or credentials are wrong (classes 22, 28, 3D, 3F, 42) and
 * failures of the source otherwise (an unreachable server).
 *
 * @since 0.2
 */
public final class JdbcProvider extends GenericProvider {

    public static final String URL = "url";
    public static final String USER = "user";
    public static final String PASSWORD = "password";
    public static final String QUERY = "query";
    public static final String FETCH_SIZE = "fetch-size";
    public static final String SOURCE_URL = "source-url";

    private static final int DEFAULT_FETCH_SIZE = 1000;

    public JdbcProvider() {
        super("jdbc", "The result of a SQL query against your database as one dataset", SOURCE_URL, false);
    }

    @Override
    protected List<OptionDescriptor> ownOptions() {
        return List.of(
                new OptionDescriptor(URL, OptionType.STRING, true, null, "JDBC URL, e.g. jdbc:h2:./data/trade", false),
                OptionDescriptor.optional(USER, OptionType.STRING, "database user"),
                new OptionDescriptor(PASSWORD, OptionType.STRING, false, null, "database password", true),
                new OptionDescriptor(QUERY, OptionType.STRING, true, null, "the SELECT whose rows form the dataset", false),
                new OptionDescriptor(FETCH_SIZE, OptionType.INTEGER, false, String.valueOf(DEFAULT_FETCH_SIZE),
                        "rows fetched per round trip", false));
    }

    /**
     * Checks every option; the database is contacted when the dataset is fetched.
     *
     * @throws SourceException (bad input) when an option is missing or malformed
     */
    @Override
    public DataSource open(SourceContext context) throws SourceException {
        SourceOptions options = context.options();
        String url = required(options, URL, "a JDBC URL such as jdbc:h2:./data/trade").strip();
        if (!url.startsWith("jdbc:")) {
            // Only the scheme is echoed: the rest of a URL may hold credentials.
            throw badOption(URL, "expected a JDBC URL starting with 'jdbc:'");
        }
        String query = required(options, QUERY, "a SELECT statement");
        int fetchSize = fetchSize(options);
        Optional<DatasetDescriptor> declared = declared(options);
        String datasetName = datasetName(options);
        Provenance provenance = provenance(options).orElseThrow(() -> badOption(TITLE,
                "is required: name the source cited under every figure from this query"));
        JdbcConnector connector = new JdbcConnector(id(), url, options.string(USER).orElse(""),
                options.string(PASSWORD).orElse(""));
        return new SingleDatasetSource(id(), datasetName,
                () -> JdbcDataset.open(connector, id(), datasetName, query, fetchSize, declared, provenance));
    }

    private int fetchSize(SourceOptions options) throws SourceException {
        String text = options.string(FETCH_SIZE).map(String::strip).orElse(String.valueOf(DEFAULT_FETCH_SIZE));
        try {
            int size = Integer.parseInt(text);
            if (size > 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badOption(FETCH_SIZE, "'" + text + "' is not a positive whole number");
    }
}
