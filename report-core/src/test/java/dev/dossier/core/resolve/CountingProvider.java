package dev.dossier.core.resolve;

import dev.dossier.api.Column;
import dev.dossier.api.DossierApi;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider that counts its calls: {@code figures} always returns the same rows; {@code shifting}
 * returns a few rows on its first read and many more on every later one, as a live source that
 * changes between two reads would.
 */
public final class CountingProvider implements DataSourceProvider {

    static final DatasetDescriptor LAYOUT = new DatasetDescriptor("figures", "", List.of(
            Column.of("entity", ColumnType.STRING, "Entity"), Column.of("value", ColumnType.INTEGER, "Value")));
    static final Provenance SOURCE = new Provenance("Counting fixture", "Dossier tests", "https://example.org/counting",
            "2026", Confidence.PUBLISHED);
    /** Fetches per dataset name, since the last {@link #reset()}. */
    static final Map<String, AtomicInteger> FETCHES = new ConcurrentHashMap<>();
    /** Calls of {@code rows()} per dataset name. */
    static final Map<String, AtomicInteger> READS = new ConcurrentHashMap<>();

    static void reset() {
        FETCHES.clear();
        READS.clear();
    }

    static int fetches(String dataset) {
        return FETCHES.getOrDefault(dataset, new AtomicInteger()).get();
    }

    static int reads(String dataset) {
        return READS.getOrDefault(dataset, new AtomicInteger()).get();
    }

    /** The rows of {@code figures}, the same on every call. */
    static List<Row> figures() {
        return rows("figures", 6);
    }

    static List<Row> rows(String name, int count) {
        DatasetDescriptor d = new DatasetDescriptor(name, "", LAYOUT.columns());
        Row.Builder b = Row.builder(d);
        List<Row> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(b.set("entity", "Entity " + i).set("value", 1_000L * i + 7 * i).provenance(SOURCE).build());
        }
        return out;
    }

    @Override
    public String apiVersion() {
        return DossierApi.VERSION;
    }

    @Override
    public String id() {
        return "counting";
    }

    @Override
    public List<DatasetDescriptor> datasets() {
        return List.of(new DatasetDescriptor("figures", "", LAYOUT.columns()),
                new DatasetDescriptor("shifting", "", LAYOUT.columns()));
    }

    @Override
    public DataSource open(SourceContext context) {
        return name -> {
            FETCHES.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            return new Dataset() {
                @Override
                public DatasetDescriptor descriptor() {
                    return new DatasetDescriptor(name, "", LAYOUT.columns());
                }

                @Override
                public List<Provenance> provenance() {
                    return List.of(SOURCE);
                }

                @Override
                public RowCursor rows() {
                    int read = READS.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                    return RowCursor.of(name.equals("shifting") ? CountingProvider.rows(name, read == 1 ? 5 : 400) : figures());
                }
            };
        };
    }
}
