package dev.dossier.sources.jdbc;

import dev.dossier.api.ColumnType;
import dev.dossier.api.Dataset;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceException;
import dev.dossier.sources.GenericRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcProviderTest {

    static final String PASSWORD = "s3cret-Pw-4711";

    final JdbcProvider provider = new JdbcProvider();
    String url;
    Connection keeper;

    @BeforeEach
    void createDatabase() throws SQLException {
        url = "jdbc:h2:mem:trade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        keeper = DriverManager.getConnection(url, "analyst", PASSWORD);
        try (Statement s = keeper.createStatement()) {
            s.execute("CREATE TABLE exports (country VARCHAR(40) NOT NULL, yr INT NOT NULL, usd_billion DECIMAL(12,3),"
                    + " reported DATE, share VARCHAR(10))");
            s.execute("INSERT INTO exports VALUES ('China', 2024, 3577.9, DATE '2025-01-13', '14.6'),"
                    + " ('India', 2024, 437.4, DATE '2025-04-15', '1.8'), ('Chad', 2023, NULL, NULL, NULL)");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Statement s = keeper.createStatement()) {
            s.execute("SHUTDOWN");
        }
        keeper.close();
    }

    Map<String, String> options(String query) {
        return new HashMap<>(Map.of("url", url, "user", "analyst", "password", PASSWORD, "query", query,
                "title", "Customs statistics", "source-url", "https://example.org/customs"));
    }

    @Test
    void declaredColumnsAreReadAsTheirTypes() throws Exception {
        Map<String, String> options = options("SELECT country, yr AS \"year\", usd_billion, reported, share FROM exports ORDER BY yr DESC, country");
        options.put("columns", "country:string, year:year, usd_billion?:money:USD billion, reported?:date, share?:percent:%");
        options.put("dataset", "exports");
        Dataset dataset = GenericRead.fetch(provider, options, Path.of(""));
        assertThat(dataset.descriptor().name()).isEqualTo("exports");
        assertThat(dataset.provenance()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Customs statistics");
            assertThat(p.url()).isEqualTo("https://example.org/customs");
        });
        List<Row> rows = GenericRead.rows(dataset);
        assertThat(rows).extracting(r -> r.text("country")).containsExactly("China", "India", "Chad");
        assertThat(rows.get(0).get("year")).isEqualTo(2024);
        assertThat((BigDecimal) rows.get(0).get("usd_billion")).isEqualByComparingTo("3577.9");
        assertThat(rows.get(0).get("reported")).isEqualTo(LocalDate.of(2025, 1, 13));
        assertThat((BigDecimal) rows.get(1).get("share")).isEqualByComparingTo("1.8");
        assertThat(rows.get(2).get("usd_billion")).isNull();
    }

    @Test
    void columnsAreDerivedFromTheResultWhenNotDeclared() throws Exception {
        Dataset dataset = GenericRead.fetch(provider, options("SELECT country, yr, usd_billion, reported FROM exports"), Path.of(""));
        assertThat(dataset.descriptor().columns()).extracting(c -> c.name() + ":" + c.type().id() + (c.required() ? "" : "?"))
                .containsExactly("country:string", "yr:integer", "usd_billion:decimal?", "reported:date?");
        assertThat(GenericRead.rows(dataset)).hasSize(3).first().satisfies(r -> assertThat(r.get("yr")).isEqualTo(2024L));
    }

    @Test
    void rowsStreamAndClosingTheCursorReleasesTheConnection() throws Exception {
        Dataset dataset = GenericRead.fetch(provider,
                options("SELECT X AS n, X * 1.5 AS v FROM SYSTEM_RANGE(1, 100000)"), Path.of(""));
        int before = sessions();
        try (RowCursor cursor = dataset.rows()) {
            assertThat(sessions()).isEqualTo(before + 1);
            for (int i = 1; i <= 3; i++) {
                assertThat(cursor.next().get("n")).isEqualTo((long) i);
            }
        }
        assertThat(sessions()).isEqualTo(before);
        try (RowCursor cursor = dataset.rows()) {
            long count = 0;
            while (cursor.hasNext()) {
                assertThat(cursor.next().descriptor().column("v").orElseThrow().type()).isEqualTo(ColumnType.DECIMAL);
                count++;
            }
            assertThat(count).isEqualTo(100_000);
            assertThat(sessions()).as("closed when exhausted").isEqualTo(before);
        }
    }

    int sessions() throws SQLException {
        try (Statement s = keeper.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void badQueryNamesProviderAndSqlStateButNotThePassword() {
        assertThatThrownBy(() -> GenericRead.fetch(provider, options("SELECT * FROM no_such_table"), Path.of("")))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.isBadInput()).isTrue();
                    assertThat(e.getMessage()).startsWith("source 'jdbc': query failed (SQL state 42S02)")
                            .contains("NO_SUCH_TABLE").doesNotContain(PASSWORD);
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD);
                    }
                });
    }

    @Test
    void wrongPasswordIsNotEchoed() {
        Map<String, String> options = options("SELECT * FROM exports");
        options.put("password", "wrong-" + PASSWORD);
        assertThatThrownBy(() -> GenericRead.fetch(provider, options, Path.of("")))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.getMessage()).startsWith("source 'jdbc': query failed (SQL state 28000)")
                            .doesNotContain(PASSWORD);
                    assertThat(e.isBadInput()).isTrue();
                });
    }

    @Test
    void declaredColumnMissingFromTheResultIsBadInput() {
        Map<String, String> options = options("SELECT country FROM exports");
        options.put("columns", "country:string, value:decimal");
        assertThatThrownBy(() -> GenericRead.fetch(provider, options, Path.of("")))
                .hasMessage("source 'jdbc': the query returns no column 'value' (it returns: country)");
    }

    @Test
    void fractionInAnIntegerColumnIsAnErrorNotATruncation() {
        Map<String, String> options = options("SELECT country, usd_billion FROM exports ORDER BY country");
        options.put("columns", "country:string, usd_billion?:integer");
        assertThatThrownBy(() -> GenericRead.rows(provider, options, Path.of("")))
                .hasMessage("source 'jdbc': query row 2, column 'usd_billion': '3577.900' is not a whole number");
    }

    @Test
    void passwordIsSecretAndTitleRequired() {
        assertThat(provider.options()).filteredOn(o -> o.name().equals("password")).singleElement()
                .satisfies(o -> assertThat(o.secret()).isTrue());
        Map<String, String> options = options("SELECT 1");
        options.remove("title");
        assertThatThrownBy(() -> GenericRead.fetch(provider, options, Path.of("")))
                .hasMessageStartingWith("source 'jdbc': option 'title'");
    }
}
