package dev.dossier.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceException;
import dev.dossier.core.error.DossierException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets given as references to the environment or the secrets file, never spelt out in the template. */
class OptionReferencesTest {

    private static final LoadedProvider API = StubProvider.loaded(
            List.of(new DatasetDescriptor("rows", "", List.of(Column.of("a", ColumnType.STRING, "A")))),
            List.of(new OptionDescriptor("token", OptionType.STRING, true, null, "service token", true),
                    new OptionDescriptor("retries", OptionType.INTEGER, false, "1", "attempts", false)),
            context -> {
                throw SourceException.badInput("login refused for token " + context.options().string("token").orElseThrow());
            });

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    @Test
    void environmentReferencesAreFilledInAndTheirValuesMaskedInMessages() {
        env.put("API_TOKEN", "tok-51f3a9");
        env.put("RETRIES", "3");

        var options = OptionValidator.validate(API, Map.of("token", "Bearer ${env:API_TOKEN}", "retries", "${env:RETRIES}"),
                Path.of(""), new OptionReferences(env::get));

        assertThat(options.string("token")).contains("Bearer tok-51f3a9");
        assertThat(options.integer("retries")).contains(3L);
        assertThatThrownBy(() -> SourceCalls.open(API, dev.dossier.api.SourceContext.of(options), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.getMessage())
                        .contains("****").doesNotContain("tok-51f3a9"));
    }

    @Test
    void anUnsetVariableIsAnOptionErrorNamingItAndNotItsValue() {
        assertThatThrownBy(() -> OptionValidator.validate(API, Map.of("token", "${env:API_TOKEN}"), Path.of(""),
                new OptionReferences(env::get))).isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOS-SOURCE-OPTION");
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("source 'stub' option 'token': environment variable API_TOKEN is not set"
                            + " (the option's value is ${env:API_TOKEN})");
                });
    }

    @Test
    void secretsFileEntriesAreFilledInWhenOnlyItsOwnerMayReadIt() throws IOException {
        Path file = dir.resolve("secrets.yaml");
        Files.writeString(file, "api-token: tok-from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        env.put(OptionReferences.SECRETS_FILE_VARIABLE, file.toString());

        var options = OptionValidator.validate(API, Map.of("token", "${secret:api-token}"), Path.of(""), new OptionReferences(env::get));

        assertThat(options.string("token")).contains("tok-from-file");
    }

    @Test
    void aSecretsFileOthersMayReadIsRefusedWithTheFix() throws IOException {
        Path file = dir.resolve("secrets.yaml");
        Files.writeString(file, "api-token: tok-from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        env.put(OptionReferences.SECRETS_FILE_VARIABLE, file.toString());

        assertThatThrownBy(() -> OptionValidator.validate(API, Map.of("token", "${secret:api-token}"), Path.of(""),
                new OptionReferences(env::get))).isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOS-SOURCE-OPTION");
                    assertThat(e.getMessage()).contains(file.toString(), "rw-r--r--", "chmod 600").doesNotContain("tok-from-file");
                });
    }

    @Test
    void onlyASecretSpeltOutInTheTemplateIsReportedAsLiteral() {
        assertThat(OptionValidator.literalSecrets(API, Map.of("token", "tok-51f3a9", "retries", "2"))).containsExactly("token");
        assertThat(OptionValidator.literalSecrets(API, Map.of("token", "${env:API_TOKEN}"))).isEmpty();
        assertThat(OptionValidator.literalSecrets(API, Map.of("token", "${secret:api-token}"))).isEmpty();
    }
}
