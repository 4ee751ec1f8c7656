package dev.dossier.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.dossier.api.Column;
import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.DossierApi;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every {@link DataSourceProvider} must keep, as JUnit 5 tests a plugin's own test class inherits.
 *
 * <p>Extend it, return your provider from {@link #provider()} and, when it needs options to
 * open, a working set from {@link #options()}:
 * <pre>{@code
 * class TalentProviderTest extends DataSourceProviderContract {
 *     @Override
 *     protected DataSourceProvider provider() {
 *         return new TalentProvider();
 *     }
 *
 *     @Override
 *     protected Map<String, String> options() {
 *         return Map.of("country", "China");
 *     }
 * }
 * }</pre>
 *
 * <p>What is checked: the id is lower-case letters, digits and {@code -}; {@code apiVersion()} is
 * {@code MAJOR.MINOR} with this API's major version and no newer minor (return
 * {@link DossierApi#VERSION}); the version is not blank; datasets are offered, uniquely
 * named and described; every option is described, uniquely named, and its default parses as its
 * type; for every dataset, opening and fetching succeed within {@link #fetchTimeout()}, the
 * fetched layout equals the declared one, the dataset cites at least one source, and every row
 * follows the columns (types, no {@code null} in a required column) and cites a source with a
 * title that is among the dataset's. An unknown dataset name must raise a {@link SourceException},
 * and every option set in {@link #badOptions()} must be refused with
 * {@link SourceException#badInput}.
 *
 * <p>Each test opens its own {@link DataSource} and closes it; every call into the provider runs
 * under {@link #fetchTimeout()}. Test names say what is checked; secret option values are shown
 * as {@code ****}. This tests the provider's classes; {@code PluginFolderContract}
 * (report-testkit-jar) tests the packaged plugin folder as Dossier loads it.
 *
 * @since 0.1
 */
public abstract class DataSourceProviderContract {

    /** A fresh provider instance, as the engine would make it with its no-argument constructor. */
    protected abstract DataSourceProvider provider();

    private DataSourceProvider subject;

    /**
     * The provider under test, made once per test under {@link #fetchTimeout()}: a constructor or
     * static initialiser that hangs fails the test instead of the build.
     */
    private DataSourceProvider subject() {
        if (subject == null) {
            subject = Assertions.assertTimeoutPreemptively(fetchTimeout(), this::provider,
                    () -> "making the provider (its constructor and static initialiser) took longer than " + fetchTimeout());
        }
        return subject;
    }

    /** Options under which every dataset can be fetched; empty by default. Must only name declared options. */
    protected Map<String, String> options() {
        return Map.of();
    }

    /**
     * Option sets the provider must refuse with {@link SourceException#badInput} when opened or
     * when its first dataset is fetched — a missing file, an unknown country; empty by default.
     * Values need only parse as their types: the engine checks names and types before opening.
     */
    protected List<Map<String, String>> badOptions() {
        return List.of();
    }

    /** The folder relative paths resolve against; the working folder by default. */
    protected Path baseDirectory() {
        return Path.of("");
    }

    /** How long opening, fetching and reading one dataset may take; 30 seconds by default, like the engine's. */
    protected Duration fetchTimeout() {
        return Duration.ofSeconds(30);
    }

    @Test
    void idIsLowerCaseLettersDigitsAndDashes() {
        assertThat(subject().id()).as("provider id").isNotNull().matches("[a-z0-9][a-z0-9-]*");
    }

    @Test
    void apiVersionIsStatedAsMajorDotMinorAndRunsOnThisApi() {
        String stated = subject().apiVersion();
        assertThat(stated).as("apiVersion() of %s (return DossierApi.VERSION)", subject().id()).isNotNull()
                .matches("\\d+\\.\\d+");
        String[] parts = stated.split("\\.");
        assertThat(Integer.parseInt(parts[0])).as("major version of apiVersion() '%s'", stated).isEqualTo(DossierApi.MAJOR);
        assertThat(Integer.parseInt(parts[1])).as("minor version of apiVersion() '%s' (this API is %s)", stated, DossierApi.VERSION)
                .isLessThanOrEqualTo(DossierApi.MINOR);
    }

    @Test
    void versionIsGiven() {
        assertThat(subject().version()).as("version() of %s", subject().id()).isNotBlank();
    }

    @Test
    void datasetsAreOfferedUniquelyNamedAndDescribed() {
        List<DatasetDescriptor> datasets = subject().datasets();
        assertThat(datasets).as("datasets() of %s", subject().id()).isNotNull().isNotEmpty();
        Set<String> names = new HashSet<>();
        for (DatasetDescriptor d : datasets) {
            assertThat(names.add(d.name())).as("dataset name '%s' is unique", d.name()).isTrue();
            assertThat(d.name()).as("dataset name").matches("[a-z0-9][a-z0-9-]*");
            assertThat(d.description()).as("description of dataset '%s'", d.name()).isNotBlank();
        }
    }

    @Test
    void everyOptionIsDocumentedAndItsDefaultParses() {
        Set<String> names = new HashSet<>();
        for (OptionDescriptor o : subject().options()) {
            assertThat(names.add(o.name())).as("option name '%s' is unique", o.name()).isTrue();
            assertThat(o.name()).as("option name").matches("[a-z0-9][a-z0-9_-]*");
            assertThat(o.description()).as("description of option '%s'", o.name()).isNotBlank();
            if (o.defaultValue() != null) {
                assertThat(parses(o, o.defaultValue())).as("default '%s' of option '%s' is a %s",
                        o.defaultValue(), o.name(), o.type().id()).isTrue();
                assertThat(o.required()).as("option '%s' has a default, so it cannot be required", o.name()).isFalse();
            }
        }
    }

    @Test
    void testOptionsAreDeclaredAndParse() {
        validated(options());
        subject().options().stream().filter(OptionDescriptor::required).forEach(o ->
                assertThat(options()).as("options() gives required option '%s'", o.name()).containsKey(o.name()));
    }

    @TestFactory
    Stream<DynamicTest> everyDatasetFetchesAndItsRowsFollowTheColumns() throws SourceException {
        // a generic source learns its datasets from its options
        Duration t = fetchTimeout();
        String within = "within " + (t.toMillis() % 1000 == 0 ? t.toSeconds() + " s" : t.toMillis() + " ms");
        return subject().datasets(validated(options())).stream().map(d -> DynamicTest.dynamicTest("dataset '" + d.name()
                        + "' fetches " + within + ", has the declared columns, cites its sources and its rows follow the columns",
                () -> bounded("fetching '" + d.name() + "'", () -> checkDataset(d))));
    }

    @Test
    void unknownDatasetIsRefusedWithASourceException() {
        bounded("fetching an undeclared dataset", () -> {
            try (DataSource source = open(options())) {
                assertThatThrownBy(() -> source.fetch("no-such-dataset"))
                        .as("fetch of an undeclared dataset").isInstanceOf(SourceException.class);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> badOptionsAreRefusedAsBadInput() {
        return badOptions().stream().map(bad -> DynamicTest.dynamicTest("options " + masked(bad.toString(), bad)
                + " are refused as bad input", () -> bounded("opening with bad options", () -> {
            String first = subject().datasets().get(0).name();
            assertThatThrownBy(() -> {
                try (DataSource source = open(bad)) {
                    Dataset d = source.fetch(first);
                    try (RowCursor rows = d.rows()) {
                        rows.forEachRemaining(r -> { });
                    }
                }
            }).as("options %s", masked(bad.toString(), bad)).isInstanceOfSatisfying(SourceException.class,
                    e -> assertThat(e.isBadInput()).as("isBadInput() of '%s'", masked(e.getMessage(), bad)).isTrue());
        })));
    }

    /** Runs a call into the provider under {@link #fetchTimeout()}, so a hanging provider fails its test instead of the build. */
    private void bounded(String what, org.junit.jupiter.api.function.Executable body) {
        Assertions.assertTimeoutPreemptively(fetchTimeout(), body, () -> what + " took longer than " + fetchTimeout());
    }

    /** The text with the values of the provider's secret options among {@code given} replaced by {@code ****}. */
    private String masked(String text, Map<String, String> given) {
        String out = text == null ? "" : text;
        for (OptionDescriptor o : subject().options()) {
            String value = given.get(o.name());
            if (o.secret() && value != null && !value.isEmpty()) {
                out = out.replace(value, "****");
            }
        }
        return out;
    }

    private void checkDataset(DatasetDescriptor declared) throws Exception {
        try (DataSource source = open(options())) {
            Dataset dataset = source.fetch(declared.name());
            assertThat(dataset).as("fetch('%s')", declared.name()).isNotNull();
            assertThat(dataset.descriptor()).as("layout of fetched '%s'", declared.name()).isEqualTo(declared);
            List<Provenance> sources = dataset.provenance();
            assertThat(sources).as("provenance of '%s'", declared.name()).isNotNull().isNotEmpty();
            sources.forEach(p -> assertThat(p.title()).as("source title in '%s'", declared.name()).isNotBlank());
            long n = 0;
            try (RowCursor rows = dataset.rows()) {
                while (rows.hasNext()) {
                    n++;
                    checkRow(rows.next(), declared, sources, n);
                }
            }
        }
    }

    private static void checkRow(Row row, DatasetDescriptor declared, List<Provenance> sources, long n) {
        String where = "'" + declared.name() + "' row " + n;
        assertThat(row).as(where).isNotNull();
        assertThat(row.descriptor().columns()).as("%s columns", where).isEqualTo(declared.columns());
        List<Column> columns = declared.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Object value = row.get(i);
            if (c.required() && value == null) {
                fail("%s: required column '%s' is null", where, c.name());
            }
            assertThat(c.type().accepts(value)).as("%s: column '%s' (%s) holds %s", where, c.name(), c.type().id(),
                    value == null ? null : value.getClass().getSimpleName()).isTrue();
        }
        assertThat(row.provenance()).as("%s provenance", where).isNotNull();
        assertThat(row.provenance().title()).as("%s source title", where).isNotBlank();
        // a source is its title and address; the confidence may differ from figure to figure
        assertThat(sources.stream().map(Provenance::citationKey)).as("%s source is among the dataset's", where)
                .contains(row.provenance().citationKey());
    }

    private DataSource open(Map<String, String> given) throws SourceException {
        SourceContext context = new SourceContext(validated(given), Map.of(), Locale.US, baseDirectory());
        DataSource source = subject().open(context);
        assertThat(source).as("open() of %s", subject().id()).isNotNull();
        return source;
    }

    /** The given options with defaults filled in, as the engine would pass them. */
    private SourceOptions validated(Map<String, String> given) {
        Map<String, OptionDescriptor> declared = new HashMap<>();
        subject().options().forEach(o -> declared.put(o.name(), o));
        Map<String, String> values = new HashMap<>();
        for (OptionDescriptor o : declared.values()) {
            if (o.defaultValue() != null) {
                values.put(o.name(), o.defaultValue());
            }
        }
        given.forEach((name, value) -> {
            OptionDescriptor o = declared.get(name);
            assertThat(o).as("option '%s' is declared by %s", name, subject().id()).isNotNull();
            assertThat(parses(o, value)).as("value of option '%s' is a %s", name, o.type().id()).isTrue();
            values.put(name, value);
        });
        return new SourceOptions(values, baseDirectory());
    }

    private static boolean parses(OptionDescriptor o, String value) {
        String v = value.trim();
        return switch (o.type()) {
            case STRING -> true;
            case INTEGER -> v.matches("[+-]?\\d{1,18}");
            case BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
            case PATH -> !v.isEmpty();
        };
    }
}
