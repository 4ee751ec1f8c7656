package dev.dossier.cli;

import dev.dossier.core.config.DossierConfig;
import dev.dossier.core.theme.Theme;
import dev.dossier.core.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands that show what there is: {@code themes}, {@code params}, {@code completion}, and the unknown-theme hint. */
class WhatIsThereTest {

    @Test
    void themesListsEveryBundledThemeWithItsFontsAndColours() {
        ThemeLoader loader = new ThemeLoader(DossierConfig.themeFolders());
        Map<String, Path> bundled = loader.available(null);
        assertThat(bundled).containsKeys("dossier", "ledger");
        CliRun r = CliRun.of("themes");
        assertThat(r.exit()).isZero();
        bundled.forEach((name, file) -> {
            Theme t = loader.read(file);
            assertThat(r.out()).contains(name + "  (" + file + ")").contains(t.brand()).contains(t.fonts().regular())
                    .contains(String.format("primary #%06X", t.colors().primary().getRGB() & 0xFFFFFF));
        });
    }

    @Test
    void paramsListsTheTemplatesOwnParametersThenTheStandardOnesWithDefaults(@TempDir Path dir) throws IOException {
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, "title: T\nparameters: { region: EMEA, edition: 2026-Q1 }\nsections:\n  - title: S\n"
                + "    blocks:\n      - text: Hello\n");
        CliRun r = CliRun.of("params", t.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("region +EMEA").containsPattern("edition +2026-Q1")
                .containsPattern("locale +en-US").containsPattern("date +today").contains("classification")
                .containsPattern("language +the locale +the language of the prose");
        assertThat(r.out().indexOf("region")).isLessThan(r.out().indexOf("Standard parameters"));
    }

    @Test
    void unknownThemeListsTheThemesThereAreAndSuggestsTheNearest() {
        CliRun r = CliRun.of("validate", "-q", "--theme", "ledgr", "../templates/china-ai-briefing.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-THEME-NOT-FOUND").contains("did you mean 'ledger'")
                .contains("themes there are: dossier, ledger");
    }

    @Test
    void bashCompletionOffersCommandsThemeNamesAndPermissions(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("completion", "bash");
        assertThat(r.exit()).isZero();
        Path script = dir.resolve("dossier.bash");
        Files.writeString(script, r.out());
        assertThat(complete(script, "dossier", "")).contains("generate", "preview", "themes", "params", "completion");
        assertThat(complete(script, "./dossier", "generate", "--theme", "")).contains("dossier", "ledger");
        assertThat(complete(script, "dossier", "generate", "--permissions", "")).contains("PRINT", "COPY", "FILL_FORMS");
        assertThat(complete(script, "dossier", "generate", "--pd")).contains("--pdfa");
    }

    @Test
    void zshCompletionIsTheSameScriptWhichLoadsZshsBashEmulation() {
        CliRun r = CliRun.of("completion", "zsh");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("bashcompinit").contains("complete -F _complete_dossier");
    }

    /** The words bash completion offers after {@code words}, by running the script's completion function in bash. */
    private static String complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append('\'').append(w).append("' ");
        }
        String probe = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_dossier; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
