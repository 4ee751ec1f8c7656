package dev.dossier.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DataSource;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Datasets;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.core.error.DossierException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SourceCallsTest {

    private static final Duration SHORT = Duration.ofMillis(200);
    private static final Provenance SOURCE = new Provenance("Fixture survey", "", "", "2024", Confidence.PUBLISHED);
    private static final DatasetDescriptor NUMBERS = new DatasetDescriptor("numbers", "counted things",
            List.of(Column.of("name", ColumnType.STRING, "Name"), Column.of("value", ColumnType.INTEGER, "Value")));

    /** Released after each test so hung provider threads end. */
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void releaseHungProviders() {
        never.countDown();
    }

    @Test
    void rowsStreamInOrderAcrossBatches() {
        int n = CheckedCursor.BATCH * 2 + 7;
        List<Row> rows = IntStream.range(0, n).mapToObj(i -> row(NUMBERS, "n" + i, (long) i)).toList();
        LoadedProvider p = stub(name -> Datasets.of(NUMBERS, rows));

        List<Row> read = SourceCalls.fetchAll(p, context(), "numbers", SHORT.multipliedBy(50));

        assertThat(read).hasSize(n).extracting(r -> r.get("value")).startsWith(0L, 1L).endsWith((long) n - 1);
    }

    @Test
    void hangingFetchTimesOutNamingProviderAndDataset() {
        LoadedProvider p = stub(name -> {
            awaitForever();
            return Datasets.of(NUMBERS, List.of());
        });

        assertFails(() -> SourceCalls.fetchAll(p, context(), "numbers", SHORT), "DOS-SOURCE-TIMEOUT",
                e -> assertThat(e.getMessage()).contains("source 'stub' dataset 'numbers'").contains("within 200 ms"));
    }

    @Test
    void cursorThatStallsMidwayTimesOut() {
        LoadedProvider p = stub(name -> dataset(NUMBERS, new RowCursor() {
            private int served;

            @Override
            public boolean hasNext() {
                if (served == 3) {
                    awaitForever();
                }
                return true;
            }

            @Override
            public Row next() {
                served++;
                return row(NUMBERS, "n", (long) served);
            }

            @Override
            public void close() {
            }
        }));

        assertFails(() -> SourceCalls.fetchAll(p, context(), "numbers", SHORT), "DOS-SOURCE-TIMEOUT",
                e -> assertThat(e.getMessage()).contains("'stub'", "'numbers'", "reading rows"));
    }

    @Test
    void rowOfTheWrongTypeFailsNamingProviderDatasetAndColumn() {
        DatasetDescriptor textValues = new DatasetDescriptor("numbers", "", List.of(
                Column.of("name", ColumnType.STRING, "Name"), Column.of("value", ColumnType.STRING, "Value")));
        LoadedProvider p = stub(name -> dataset(NUMBERS, RowCursor.of(List.of(row(NUMBERS, "a", 1L), row(textValues, "b", "many")))));

        assertFails(() -> SourceCalls.fetchAll(p, context(), "numbers", SHORT), "DOS-SOURCE-BAD-ROW",
                e -> assertThat(e.getMessage())
                        .isEqualTo("source 'stub' dataset 'numbers' row 2: column 'value' holds integer values, got String 'many'"));
    }

    @Test
    void aFetchedDatasetWhoseDescriptorDiffersFromTheDeclaredOneIsABadRowNamingTheColumn() {
        DatasetDescriptor textValues = new DatasetDescriptor("numbers", "", List.of(
                Column.of("name", ColumnType.STRING, "Name"), Column.of("value", ColumnType.STRING, "Value")));
        LoadedProvider p = stub(name -> Datasets.of(textValues, List.of(row(textValues, "a", "n/a"))));

        assertFails(() -> SourceCalls.fetchAll(p, context(), "numbers", SHORT), "DOS-SOURCE-BAD-ROW", e -> {
            assertThat(e.exitCode()).isEqualTo(1);
            assertThat(e.getMessage()).isEqualTo("source 'stub' dataset 'numbers': the fetched dataset's descriptor differs "
                    + "from the declared one: column 'value' is string, declared integer");
        });
    }

    @Test
    void aRowMissingAColumnOrCarryingAnUndeclaredOneNamesThatColumn() {
        DatasetDescriptor nameOnly = new DatasetDescriptor("numbers", "", List.of(Column.of("name", ColumnType.STRING, "Name")));
        DatasetDescriptor extra = new DatasetDescriptor("numbers", "", List.of(Column.of("name", ColumnType.STRING, "Name"),
                Column.of("value", ColumnType.INTEGER, "Value"), Column.of("note", ColumnType.STRING, "Note")));
        Row short1 = Row.builder(nameOnly).set("name", "a").provenance(SOURCE).build();
        Row long1 = Row.builder(extra).set("name", "b").set("value", 2L).set("note", "x").provenance(SOURCE).build();

        assertFails(() -> SourceCalls.fetchAll(stub(n -> dataset(NUMBERS, RowCursor.of(List.of(short1)))), context(), "numbers", SHORT),
                "DOS-SOURCE-BAD-ROW", e -> assertThat(e.getMessage()).startsWith("source 'stub' dataset 'numbers' row 1: column 'value' is missing"));
        assertFails(() -> SourceCalls.fetchAll(stub(n -> dataset(NUMBERS, RowCursor.of(List.of(row(NUMBERS, "a", 1L), long1)))), context(),
                "numbers", SHORT), "DOS-SOURCE-BAD-ROW",
                e -> assertThat(e.getMessage()).startsWith("source 'stub' dataset 'numbers' row 2: column 'note' is not declared"));
    }

    @Test
    void nullInARequiredColumnFails() {
        LoadedProvider p = stub(name -> dataset(NUMBERS, RowCursor.of(List.of(row(NUMBERS, "a", null)))));

        assertFails(() -> SourceCalls.fetchAll(p, context(), "numbers", SHORT), "DOS-SOURCE-BAD-ROW",
                e -> assertThat(e.getMessage()).contains("required column 'value' is null"));
    }

    @Test
    void providerThatThrowsIsAFailedRun() {
        LoadedProvider p = stub(name -> {
            throw new IllegalStateException("index out of step");
        });

        assertFails(() -> SourceCalls.fetchAll(p, context(), "numbers", SHORT), "DOS-SOURCE-FAILED", e -> {
            assertThat(e.exitCode()).isEqualTo(1);
            assertThat(e.getMessage()).contains("source 'stub' dataset 'numbers'", "IllegalStateException", "index out of step");
        });
    }

    @Test
    void badInputFromTheProviderIsTheUsersToFixAndSecretsAreMasked() {
        List<OptionDescriptor> options = List.of(new OptionDescriptor("password", OptionType.STRING, true, null, "db password", true));
        LoadedProvider p = StubProvider.loaded(List.of(NUMBERS), options, context -> {
            throw SourceException.badInput("login refused for password " + context.options().string("password").orElseThrow());
        });
        var validated = OptionValidator.validate(p, Map.of("password", "hunter2"), Path.of(""));

        assertFails(() -> SourceCalls.open(p, SourceContext.of(validated), SHORT), "DOS-SOURCE-INPUT", e -> {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).contains("source 'stub'").contains("****").doesNotContain("hunter2");
        });
    }

    @Test
    void unknownDatasetIsAnInputErrorWithASuggestion() {
        LoadedProvider p = stub(name -> Datasets.of(NUMBERS, List.of(SOURCE), List.of()));

        assertFails(() -> SourceCalls.fetchAll(p, context(), "numbrs", SHORT), "DOS-SOURCE-UNKNOWN-DATASET",
                e -> assertThat(e.getMessage()).contains("did you mean 'numbers'?"));
    }

    private static void assertFails(Runnable call, String code, Consumer<DossierException> more) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            more.accept(e);
        });
    }

    private void awaitForever() {
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LoadedProvider stub(DataSource source) {
        return StubProvider.loaded(List.of(NUMBERS), List.of(), context -> source);
    }

    private static SourceContext context() {
        return SourceContext.of(null);
    }

    private static Row row(DatasetDescriptor d, String name, Object value) {
        return Row.builder(d).set("name", name).set("value", value).provenance(SOURCE).build();
    }

    private static Dataset dataset(DatasetDescriptor d, RowCursor cursor) {
        return new Dataset() {
            @Override
            public DatasetDescriptor descriptor() {
                return d;
            }

            @Override
            public List<Provenance> provenance() {
                return new ArrayList<>(List.of(SOURCE));
            }

            @Override
            public RowCursor rows() {
                return cursor;
            }
        };
    }
}
