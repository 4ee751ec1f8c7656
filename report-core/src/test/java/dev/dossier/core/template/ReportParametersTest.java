package dev.dossier.core.template;

import dev.dossier.core.error.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportParametersTest {

    private static ReportDefinition template(String parameters) {
        return new TemplateLoader().parse(Path.of("t.yaml"), "title: T\nparameters: " + parameters
                + "\nsections:\n  - title: S\n    blocks: []\n");
    }

    @Test
    void aMistypedParameterIsRefusedWithTheClosestName() {
        assertThatThrownBy(() -> ReportParameters.checkOverrides(template("{ audience: board }"), Map.of("audiense", "x")))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.getMessage())
                        .contains("no parameter 'audiense'").contains("did you mean 'audience'"));
    }

    @Test
    void standardAndDeclaredParametersAreAccepted() {
        ReportParameters.checkOverrides(template("{ audience: board }"),
                Map.of("audience", "x", "edition", "2026-Q1", "locale", "de-DE", "date", "2025-12-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"klingon", "xx-YY", "de-DE-garbage-x"})
    void anUnformattableLocaleIsRefused(String tag) {
        assertThatThrownBy(() -> ReportParameters.locale(template("{ locale: " + tag + " }")))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo("DOS-PARAM-LOCALE"));
    }

    @Test
    void localeDefaultsToUsEnglish() {
        assertThat(ReportParameters.locale(template("{}"))).isEqualTo(Locale.US);
        assertThat(ReportParameters.locale(template("{ locale: de-DE }"))).isEqualTo(Locale.GERMANY);
    }

    @Test
    void coverDateComesFromTheParameterThenTheFixedDateAndIsOmittedForReproducibleRuns() {
        assertThat(ReportParameters.coverDate(template("{ date: 2025-12-01 }"), null, true)).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(ReportParameters.coverDate(template("{}"), Instant.parse("2025-06-30T12:00:00Z"), true))
                .isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(ReportParameters.coverDate(template("{}"), Instant.EPOCH, true)).isNull();
        assertThatThrownBy(() -> ReportParameters.coverDate(template("{ date: 30/11/2025 }"), null, false))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo("DOS-PARAM-DATE"));
    }

    @Test
    void languageIsTheTemplatesOwnAndANumberLocaleOverrideLeavesIt() {
        assertThat(ReportParameters.language(template("{}"))).isEqualTo(Locale.US);
        assertThat(ReportParameters.language(template("{ locale: de-DE }"))).isEqualTo(Locale.GERMANY);
        assertThat(ReportParameters.language(template("{ locale: en-GB }").withParameters(Map.of("locale", "de-DE"))))
                .isEqualTo(Locale.UK);
        assertThat(ReportParameters.language(template("{}").withParameters(Map.of("locale", "de-DE")))).isEqualTo(Locale.US);
        assertThat(ReportParameters.language(template("{ locale: en-US, language: fr-FR }").withParameters(Map.of("locale", "de-DE"))))
                .isEqualTo(Locale.FRANCE);
        assertThat(ReportParameters.language(template("{ language: en-US }").withParameters(Map.of("language", "en-GB"))))
                .isEqualTo(Locale.UK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"english!", "12", "-"})
    void aLanguageThatIsNoLanguageTagIsRefused(String tag) {
        assertThatThrownBy(() -> ReportParameters.language(template("{ language: \"" + tag + "\" }")))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo("DOS-PARAM-LANGUAGE"));
    }
}
