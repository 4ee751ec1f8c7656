package dev.dossier.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template schema editors use and the loader agree: every key the loader accepts is in the
 * schema and every key in the schema is one the loader accepts; and every shipped template
 * conforms to the schema.
 */
class SchemaAgreementTest {

    private static final Path SCHEMA = Path.of("../templates/schema/template.schema.json");

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(SCHEMA.toFile());
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyKeyTheLoaderAcceptsIsInTheSchemaAndBack() throws IOException {
        JsonNode s = schema();
        JsonNode d = s.get("definitions");
        assertThat(keys(s)).isEqualTo(new TreeSet<>(TemplateLoader.TOP_KEYS));
        assertThat(keys(d.get("section"))).isEqualTo(new TreeSet<>(TemplateLoader.SECTION_KEYS));
        Set<String> blockKeys = new HashSet<>(TemplateLoader.BLOCK_KINDS);
        blockKeys.add(TemplateLoader.ON_ERROR);
        assertThat(keys(d.get("block"))).isEqualTo(new TreeSet<>(blockKeys));
        assertThat(keys(d.get("chart"))).isEqualTo(new TreeSet<>(TemplateLoader.CHART_KEYS));
        assertThat(keys(d.get("table"))).isEqualTo(new TreeSet<>(TemplateLoader.TABLE_KEYS));
        assertThat(keys(d.get("kpi"))).isEqualTo(new TreeSet<>(TemplateLoader.KPI_KEYS));
        assertThat(keys(d.get("changes"))).isEqualTo(new TreeSet<>(TemplateLoader.CHANGES_KEYS));
        Set<String> types = new TreeSet<>();
        d.get("chart").get("properties").get("type").get("enum").forEach(t -> types.add(t.asText()));
        assertThat(types).isEqualTo(new TreeSet<>(TemplateLoader.CHART_TYPES));
    }

    @Test
    void theSchemaRequiresWhatTheLoaderRequires() throws IOException {
        JsonNode d = schema().get("definitions");
        assertThat(required(schema())).containsExactlyInAnyOrder("title", "sections");
        assertThat(required(d.get("section"))).containsExactlyInAnyOrder("title", "blocks");
        assertThat(required(d.get("chart"))).containsExactlyInAnyOrder("type", "data", "x", "y", "title");
        assertThat(required(d.get("kpi"))).containsExactlyInAnyOrder("data", "value", "label");
        assertThat(required(d.get("table"))).containsExactly("data");
        // and the loader refuses a template that lacks them
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                new TemplateLoader().parse(Path.of("t.yaml"), "subtitle: x\n"))).hasMessageContaining("missing 'title'");
    }

    private static List<String> required(JsonNode object) {
        return Stream.of(object.get("required")).flatMap(r -> java.util.stream.StreamSupport.stream(r.spliterator(), false))
                .map(JsonNode::asText).toList();
    }

    static Stream<Path> shippedTemplates() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (String folder : new String[] {"../templates", "../examples"}) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("shippedTemplates")
    void everyShippedTemplateConformsAndNamesTheSchemaForEditors(Path template) throws IOException {
        String text = Files.readString(template);
        assertThat(text).startsWith("# yaml-language-server: $schema=");
        String schemaRef = text.lines().findFirst().orElseThrow().replaceFirst(".*\\$schema=", "");
        assertThat(template.getParent().resolve(schemaRef).normalize()).isEqualTo(SCHEMA.normalize());
        assertThat(SchemaCheck.templates().problems(LocatedYaml.parse(template, text))).isEmpty();
    }

    @Test
    void aMistakeOnlyTheSchemaCatchesIsReportedWithItsJsonPathAndLine() {
        // a bare 'sources' block holding a list: the loader ignores a sources block's content, the schema does not
        String yaml = "title: T\nsections:\n  - title: S\n    blocks:\n      - sources: [a, b]\n";
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new TemplateLoader().parse(Path.of("t.yaml"), yaml)))
                .hasMessageStartingWith("t.yaml:5:18: at $.sections[0].blocks[0].sources: ");
    }
}
