package ${package};

import dev.dossier.api.Column;
import dev.dossier.api.DossierApi;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import java.util.List;

/**
 * The {@code ${sourceId}} data source: what it offers and how to open it.
 *
 * <p>One dataset, {@code ${sourceId}/${datasetName}}, read from {@code data.csv} bundled in the jar:
 * <ul>
 *   <li>{@code entity} — string, the country or organisation a figure is about;</li>
 *   <li>{@code value} — integer, unit {@value #VALUE_UNIT}.</li>
 * </ul>
 * Every row cites the source named in its CSV line (title, publisher, URL, date, confidence).
 *
 * <p>The engine creates this class with its no-argument constructor when it discovers the
 * plugin; nothing here reads files. Data is read in {@link #open(SourceContext)}.
 */
public final class ${classPrefix}Provider implements DataSourceProvider {

    /** The unit of the {@code value} column, printed on axes and in table headers. */
    static final String VALUE_UNIT = "patent families";

    /** The one dataset this provider offers. */
    static final DatasetDescriptor DATASET = new DatasetDescriptor("${datasetName}",
            "GenAI patent families by inventor location, 2014–2023, one row per country",
            List.of(Column.of("entity", ColumnType.STRING, "Country"),
                    new Column("value", ColumnType.INTEGER, VALUE_UNIT, "Patent families", true)));

    /** The API this plugin is built against: the compiler copies the constant into this class. */
    @Override
    public String apiVersion() {
        return DossierApi.VERSION;
    }

    @Override
    public String id() {
        return "${sourceId}";
    }

    @Override
    public String description() {
        return "Example data plugin: replace data.csv and the columns with your own";
    }

    /** The jar's {@code Implementation-Version}, or {@code dev} when run from classes (in tests). */
    @Override
    public String version() {
        String v = getClass().getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public List<DatasetDescriptor> datasets() {
        return List.of(DATASET);
    }

    /** @throws SourceException when the bundled {@code data.csv} is missing or malformed */
    @Override
    public DataSource open(SourceContext context) throws SourceException {
        return new ${classPrefix}Source(CsvTable.read(${classPrefix}Provider.class, "data.csv"));
    }
}
