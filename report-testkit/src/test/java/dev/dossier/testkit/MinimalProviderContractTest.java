package dev.dossier.testkit;

import dev.dossier.api.Column;
import dev.dossier.api.DossierApi;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Datasets;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import java.util.List;
import java.util.Map;

/** The contract run against the smallest well-behaved provider: every check must pass. */
class MinimalProviderContractTest extends DataSourceProviderContract {

    private static final DatasetDescriptor COUNTS = new DatasetDescriptor("counts", "things counted per year",
            List.of(Column.of("year", ColumnType.YEAR, "Year"), new Column("count", ColumnType.INTEGER, "things", "Count", true)));
    private static final Provenance SOURCE = new Provenance("Test register", "", "", "2024", Confidence.PUBLISHED);

    @Override
    protected DataSourceProvider provider() {
        return new DataSourceProvider() {
            @Override
            public String apiVersion() {
                return DossierApi.VERSION;
            }

            @Override
            public String id() {
                return "minimal";
            }

            @Override
            public List<DatasetDescriptor> datasets() {
                return List.of(COUNTS);
            }

            @Override
            public List<OptionDescriptor> options() {
                return List.of(new OptionDescriptor("limit", OptionType.INTEGER, false, "10", "most rows to return", false));
            }

            @Override
            public DataSource open(SourceContext context) throws SourceException {
                long limit = context.options().integer("limit").orElseThrow();
                if (limit < 0) {
                    throw SourceException.badInput("option 'limit' must not be negative");
                }
                return name -> {
                    if (!name.equals("counts")) {
                        throw SourceException.badInput("no dataset '" + name + "'");
                    }
                    List<Row> rows = List.of(
                            Row.builder(COUNTS).set("year", 2023).set("count", 5).provenance(SOURCE).build(),
                            Row.builder(COUNTS).set("year", 2024).set("count", 8).provenance(SOURCE).build());
                    return Datasets.of(COUNTS, List.of(SOURCE), rows.subList(0, (int) Math.min(limit, rows.size())));
                };
            }
        };
    }

    @Override
    protected Map<String, String> options() {
        return Map.of("limit", "2");
    }

    @Override
    protected List<Map<String, String>> badOptions() {
        return List.of(Map.of("limit", "-1"));
    }
}
