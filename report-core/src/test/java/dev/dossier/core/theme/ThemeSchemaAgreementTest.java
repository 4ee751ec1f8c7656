package dev.dossier.core.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.template.LocatedYaml;
import dev.dossier.core.template.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The theme schema editors use and the theme loader accept the same keys, and the bundled themes conform. */
class ThemeSchemaAgreementTest {

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(Path.of("../templates/schema/theme.schema.json").toFile());
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> components(Class<?> record) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).forEach(out::add);
        return out;
    }

    @Test
    void everyKeyTheThemeLoaderAcceptsIsInTheSchemaAndBack() throws IOException {
        JsonNode s = schema();
        JsonNode p = s.get("properties");
        assertThat(keys(s)).isEqualTo(components(ThemeLoader.ThemeFile.class));
        assertThat(keys(p.get("colors"))).isEqualTo(new TreeSet<>(ThemeLoader.COLOR_KEYS));
        assertThat(keys(p.get("highlight"))).isEqualTo(components(ThemeLoader.HighlightFile.class));
        assertThat(keys(p.get("fonts"))).isEqualTo(components(ThemeLoader.FontsFile.class));
        assertThat(keys(p.get("cover"))).isEqualTo(components(ThemeLoader.CoverFile.class));
        assertThat(keys(s.get("definitions").get("running"))).isEqualTo(components(Theme.Running.class));
    }

    static Stream<Path> bundledThemes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../templates/themes"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledThemes")
    void everyBundledThemeConformsAndNamesTheSchemaForEditors(Path theme) throws IOException {
        String text = Files.readString(theme);
        assertThat(text).startsWith("# yaml-language-server: $schema=../schema/theme.schema.json\n");
        assertThat(SchemaCheck.themes().problems(LocatedYaml.parse(theme, text))).isEmpty();
    }
}
