package dev.dossier.examples.talent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.testkit.DataSourceProviderContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TalentProviderTest extends DataSourceProviderContract {

    @Override
    protected DataSourceProvider provider() {
        return new TalentProvider();
    }

    @Override
    protected List<Map<String, String>> badOptions() {
        return List.of(Map.of("country", "Atlantis"));
    }

    @Test
    void sharesAreSplitFromTheSourceRowsAsWritten() throws Exception {
        // the expected strings are the source rows of talent.csv, rebuilt from the dataset
        assertThat(render("undergrad-origin", Map.of())).containsExactly("China 2019 29", "China 2022 47");
        assertThat(render("researcher-origin", Map.of())).containsExactly("China 2022 26", "US 2022 28");
        assertThat(render("researcher-workplace", Map.of())).containsExactly("China 2022 28", "US 2022 42");
        assertThat(render("model-benchmark-gap", Map.of()))
                .containsExactly("2023 US vs China double-digit", "2024 US vs China near parity");
    }

    @Test
    void countryOptionKeepsOneCountrysRows() throws Exception {
        assertThat(render("researcher-workplace", Map.of("country", "us"))).containsExactly("US 2022 42");
    }

    @Test
    void rowsCiteTheirSourceWithUrlsAndConfidence() throws Exception {
        try (DataSource source = new TalentProvider().open(SourceContext.of(SourceOptions.none()));
             RowCursor rows = source.fetch("researcher-origin").rows()) {
            Row row = rows.next();
            assertThat(row.provenance().title()).startsWith("MacroPolo Global AI Talent Tracker 2.0");
            assertThat(row.provenance().url()).contains("https://www.technologyreview.com/2024/03/27/1090182/ai-talent-global-china-us/");
            assertThat(row.provenance().confidence().label()).isEqualTo("published");
        }
    }

    private static List<String> render(String dataset, Map<String, String> options) throws Exception {
        List<String> out = new ArrayList<>();
        try (DataSource source = new TalentProvider().open(SourceContext.of(new SourceOptions(options, Path.of(""))));
             RowCursor rows = source.fetch(dataset).rows()) {
            rows.forEachRemaining(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.descriptor().columns().size(); i++) {
                    cells.add(String.valueOf(r.get(i)));
                }
                out.add(String.join(" ", cells));
            });
        }
        return out;
    }
}
