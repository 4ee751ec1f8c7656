package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.testkit.DataSourceProviderContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test kit's contract, plus a check that every CSV line becomes one cited row. */
class ${classPrefix}ProviderTest extends DataSourceProviderContract {

    @Override
    protected DataSourceProvider provider() {
        return new ${classPrefix}Provider();
    }

    @Test
    void everyCsvLineBecomesOneCitedRow() throws Exception {
        CsvTable csv = CsvTable.read(${classPrefix}Provider.class, "data.csv");
        List<Row> rows = new ArrayList<>();
        try (DataSource source = provider().open(SourceContext.of(SourceOptions.none()));
             RowCursor cursor = source.fetch("${datasetName}").rows()) {
            cursor.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSameSizeAs(csv.lines());
        for (int i = 0; i < rows.size(); i++) {
            CsvTable.Line line = csv.lines().get(i);
            assertThat(rows.get(i).text("entity")).isEqualTo(line.get("entity"));
            assertThat(rows.get(i).text("value")).isEqualTo(line.get("value"));
            assertThat(rows.get(i).provenance().title()).isEqualTo(line.get("source_title"));
        }
    }
}
