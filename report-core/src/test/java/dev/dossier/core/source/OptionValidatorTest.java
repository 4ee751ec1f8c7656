package dev.dossier.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.error.DossierException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptionValidatorTest {

    private static final LoadedProvider CSV = StubProvider.loaded(
            List.of(new DatasetDescriptor("rows", "", List.of(Column.of("a", ColumnType.STRING, "A")))),
            List.of(new OptionDescriptor("file", OptionType.PATH, true, null, "CSV file to read", false),
                    new OptionDescriptor("skip", OptionType.INTEGER, false, "0", "lines to skip", false),
                    new OptionDescriptor("header", OptionType.BOOLEAN, false, "true", "first line names columns", false),
                    new OptionDescriptor("pin", OptionType.INTEGER, false, null, "unlock code", true)),
            context -> null);

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(Map.of("file", "a.csv", "fiel", "b.csv"),
                        "source 'stub': unknown option 'fiel' (did you mean 'file'?)"),
                Arguments.of(Map.of("skip", "2"),
                        "source 'stub': missing required option 'file' (path: CSV file to read)"),
                Arguments.of(Map.of("file", "a.csv", "skip", "two"),
                        "source 'stub' option 'skip': 'two' is not an integer"),
                Arguments.of(Map.of("file", "a.csv", "header", "yes"),
                        "source 'stub' option 'header': 'yes' is not a boolean"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void mistakeIsAnInputErrorNamingProviderAndOption(Map<String, String> given, String expected) {
        assertThatThrownBy(() -> OptionValidator.validate(CSV, given, Path.of("templates")))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOS-SOURCE-OPTION");
                    assertThat(e.kind()).isEqualTo(DossierException.Kind.INPUT);
                    assertThat(e.getMessage()).startsWith(expected);
                });
    }

    @Test
    void secretValueIsNeverEchoed() {
        assertThatThrownBy(() -> OptionValidator.validate(CSV, Map.of("file", "a.csv", "pin", "12ab"), Path.of("")))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.getMessage()).contains("option 'pin'").contains("is not an integer").doesNotContain("12ab");
                    assertThat(e.details()).noneMatch(d -> d.contains("12ab"));
                });
    }

    @Test
    void everyProblemIsListedOneLineEach() {
        assertThatThrownBy(() -> OptionValidator.validate(CSV, Map.of("skip", "x", "colour", "red"), Path.of("")))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.details()).hasSize(2).doesNotContain(e.getMessage());
                    assertThat(e.getMessage() + String.join("", e.details())).contains("'skip'", "'colour'", "'file'");
                });
    }

    @Test
    void defaultsAreFilledInAndPathsResolveAgainstTheBaseFolder() {
        SourceOptions options = OptionValidator.validate(CSV, Map.of("file", "data/a.csv", "pin", "1234"), Path.of("templates"));

        assertThat(options.integer("skip")).contains(0L);
        assertThat(options.flag("header")).isTrue();
        assertThat(options.path("file")).contains(Path.of("templates/data/a.csv"));
        assertThat(options.toString()).doesNotContain("1234");
    }
}
