package dev.dossier.core.template;

import dev.dossier.core.error.DossierException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterSubstitutionTest {

    private static final String TEMPLATE = """
            title: "Profile of {company}"
            parameters: { company: Baidu, edition: "2026-Q1" }
            sources:
              csv: { file: "data/{company}.csv", dataset: deals, columns: "year:year, deals:integer" }
            sections:
              - title: "{company} in {edition}"
                lead: "Where {company} stands."
                blocks:
                  - text: "{company} raised {{csv/deals[year=2024].deals}} deals; \\\\{company} stays literal."
                  - kpis:
                      - { data: funding/deals, where: { series: "Deals into {company}" }, value: deals, label: "Deals, {company}" }
                  - table: { data: csv/deals, title: "Deals of {company}" }
            """;

    private static ReportDefinition load(String yaml, Map<String, String> overrides) {
        return ParameterSubstitution.apply(new TemplateLoader().parse(Path.of("t.yaml"), yaml).withParameters(overrides));
    }

    @Test
    void parametersReachTitlesTextFiltersAndSourceOptions() {
        ReportDefinition def = load(TEMPLATE, Map.of("company", "Zhipu AI"));
        assertThat(def.title()).isEqualTo("Profile of Zhipu AI");
        assertThat(def.sections().get(0).title()).isEqualTo("Zhipu AI in 2026-Q1");
        assertThat(def.sections().get(0).lead()).isEqualTo("Where Zhipu AI stands.");
        assertThat(def.optionsFor("csv")).containsEntry("file", "data/Zhipu AI.csv");
        Block.Text text = (Block.Text) def.sections().get(0).blocks().get(0);
        assertThat(text.markdown()).isEqualTo("Zhipu AI raised {{csv/deals[year=2024].deals}} deals; {company} stays literal.");
        Block.Kpis kpis = (Block.Kpis) def.sections().get(0).blocks().get(1);
        assertThat(kpis.tiles().get(0).data().where()).containsEntry("series", "Deals into Zhipu AI");
        assertThat(kpis.tiles().get(0).label()).isEqualTo("Deals, Zhipu AI");
        assertThat(((Block.Table) def.sections().get(0).blocks().get(2)).title()).isEqualTo("Deals of Zhipu AI");
    }

    @Test
    void anUnknownPlaceholderIsReportedAtItsLine() {
        String yaml = TEMPLATE.replace("Where {company} stands.", "Where {compnay} stands.");
        int sectionLine = yaml.substring(0, yaml.indexOf("- title: \"{company} in")).split("\n", -1).length;
        assertThatThrownBy(() -> load(yaml, Map.of()))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOS-TEMPLATE-UNKNOWN-PARAMETER");
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("t.yaml:" + sectionLine + ":").contains("{compnay}").contains("did you mean 'company'");
                });
    }
}
