package dev.dossier.core.template;

import dev.dossier.core.error.DossierException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateLoaderTest {

    private static final Path FILE = Path.of("briefing.yaml");

    private static ReportDefinition parse(String yaml) {
        return new TemplateLoader().parse(FILE, yaml);
    }

    @Test
    void readsSectionsBlocksAndBindings() {
        ReportDefinition def = parse("""
                title: T
                parameters: { edition: "2025-Q2" }
                sections:
                  - title: Patents
                    lead: Lead text
                    blocks:
                      - text: "Hello **world**"
                      - chart: { type: hbar, data: patents/families-by-country, x: entity, y: families,
                                 title: Finding, sort: [-families], limit: 5, where: { entity: "!World" } }
                      - table: { data: patents/top-applicants, columns: [rank, applicant] }
                      - sources: {}
                """);
        assertThat(def.title()).isEqualTo("T");
        assertThat(def.parameters()).containsEntry("edition", "2025-Q2");
        Section s = def.sections().get(0);
        assertThat(s.lead()).isEqualTo("Lead text");
        assertThat(s.blocks()).hasSize(4);
        Block.Chart chart = (Block.Chart) s.blocks().get(1);
        assertThat(chart.y()).containsExactly("families");
        assertThat(chart.data().ref()).isEqualTo("patents/families-by-country");
        assertThat(chart.data().sort()).containsExactly("-families");
        assertThat(chart.data().limit()).isEqualTo(5);
        assertThat(chart.data().location().line()).isEqualTo(8);
    }

    @Test
    void unknownKeyIsReportedWithLineColumnAndSuggestion() {
        assertThatThrownBy(() -> parse("""
                title: T
                sections:
                  - title: A
                    blocks:
                      - chart: { type: bar, data: a/b, x: k, y: v, title: X, subtitel: oops }
                """))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOS-TEMPLATE-INVALID");
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("briefing.yaml:5:")
                            .contains("unknown key 'subtitel'").contains("did you mean 'subtitle'");
                });
    }

    @Test
    void everyProblemIsCollected() {
        assertThatThrownBy(() -> parse("""
                title: T
                sections:
                  - title: A
                    blocks:
                      - chart: { type: pie3d, data: nodataset, x: k, y: v, title: X }
                      - tabel: { data: a/b }
                """))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.getMessage()).contains("unknown chart type 'pie3d'");
                    assertThat(e.details()).anySatisfy(d -> assertThat(d).contains("'nodataset' is not a dataset reference"));
                    assertThat(e.details()).anySatisfy(d -> assertThat(d).contains("unknown block 'tabel'")
                            .contains("did you mean 'table'"));
                });
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        assertThatThrownBy(() -> parse("title: T\nsections: [\n  - a: b\n"))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOS-TEMPLATE-SYNTAX");
                    assertThat(e.getMessage()).startsWith("briefing.yaml:3:3: not valid YAML").doesNotContain("\n");
                });
    }

    @Test
    void missingTitleAndSectionsAreReported() {
        assertThatThrownBy(() -> parse("subtitle: only\n"))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.getMessage()).contains("missing 'title'");
                    assertThat(e.details()).anySatisfy(d -> assertThat(d).contains("missing 'sections'"));
                });
    }
}
