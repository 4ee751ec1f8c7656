package dev.dossier.core.faults;

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

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A provider whose datasets misbehave on purpose: {@code throws} fails in fetch, {@code hangs}
 * never returns, {@code bad-row} returns a number in a text column, {@code null-required}
 * leaves a required value out, {@code ok} is well behaved.
 */
public final class FaultyProvider implements DataSourceProvider {

    static final DatasetDescriptor LAYOUT = new DatasetDescriptor("ok", "", List.of(
            Column.of("entity", ColumnType.STRING, "Entity"), Column.of("value", ColumnType.INTEGER, "Value")));
    static final Provenance SOURCE = new Provenance("Fault fixture", "", "", "", Confidence.PUBLISHED);

    @Override
    public String apiVersion() {
        return DossierApi.VERSION;
    }

    @Override
    public String id() {
        return "faulty";
    }

    @Override
    public List<DatasetDescriptor> datasets() {
        return List.of("ok", "throws", "hangs", "bad-row", "null-required").stream()
                .map(n -> new DatasetDescriptor(n, "", LAYOUT.columns())).toList();
    }

    @Override
    public DataSource open(SourceContext context) {
        return name -> switch (name) {
            case "throws" -> throw new IllegalStateException("backend exploded");
            case "hangs" -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield null;
            }
            default -> fixture(name);
        };
    }

    private static Dataset fixture(String name) {
        DatasetDescriptor d = new DatasetDescriptor(name, "", LAYOUT.columns());
        return new Dataset() {
            @Override
            public DatasetDescriptor descriptor() {
                return d;
            }

            @Override
            public List<Provenance> provenance() {
                return List.of(SOURCE);
            }

            @Override
            public RowCursor rows() {
                return new RowCursor() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < 1;
                    }

                    @Override
                    public Row next() {
                        if (i++ > 0) {
                            throw new NoSuchElementException();
                        }
                        return switch (name) {
                            case "bad-row" -> Row.builder(new DatasetDescriptor(name, "", List.of(
                                    Column.of("entity", ColumnType.INTEGER, "Entity"), Column.of("value", ColumnType.INTEGER, "Value"))))
                                    .set("entity", 7).set("value", 1).provenance(SOURCE).build();
                            case "null-required" -> Row.builder(d).set("entity", "X").provenance(SOURCE).build();
                            default -> Row.builder(d).set("entity", "China").set("value", 42).provenance(SOURCE).build();
                        };
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
    }
}
