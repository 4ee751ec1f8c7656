package ${package};

import dev.dossier.api.Confidence;
import dev.dossier.api.DataSource;
import dev.dossier.api.Dataset;
import dev.dossier.api.Datasets;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.SourceException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ${sourceId}} data opened for one report run: turns the CSV lines into typed, cited rows.
 *
 * <p>A value that does not parse, or a confidence that is not one of {@code published},
 * {@code estimate}, {@code blog post} or {@code not found}, fails with the file and line.
 */
final class ${classPrefix}Source implements DataSource {

    private final CsvTable table;

    ${classPrefix}Source(CsvTable table) {
        this.table = table;
    }

    @Override
    public Dataset fetch(String datasetName) throws SourceException {
        if (!${classPrefix}Provider.DATASET.name().equals(datasetName)) {
            throw SourceException.badInput("source '${sourceId}' has no dataset '" + datasetName
                    + "'; it offers '" + ${classPrefix}Provider.DATASET.name() + "'");
        }
        List<Row> rows = new ArrayList<>();
        Row.Builder row = Row.builder(${classPrefix}Provider.DATASET);
        for (CsvTable.Line line : table.lines()) {
            try {
                Provenance source = new Provenance(line.get("source_title"), line.get("publisher"),
                        line.get("source_url"), line.get("as_of"), Confidence.parse(line.get("confidence")));
                rows.add(row.set("entity", line.get("entity"))
                        .set("value", Long.valueOf(line.get("value").strip()))
                        .provenance(source)
                        .build());
            } catch (IllegalArgumentException e) {
                // NumberFormatException included
                throw new SourceException(table.name() + ":" + line.number() + ": " + e.getMessage(), e);
            }
        }
        return Datasets.of(${classPrefix}Provider.DATASET, rows);
    }
}
