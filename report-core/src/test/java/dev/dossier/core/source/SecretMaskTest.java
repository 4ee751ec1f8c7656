package dev.dossier.core.source;

import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskTest {

    private static SecretMask mask(String token) {
        LoadedProvider p = StubProvider.loaded(List.of(), List.of(
                new OptionDescriptor("api-token", OptionType.STRING, false, null, "token", true)), null);
        return SecretMask.of(p, new SourceOptions(Map.of("api-token", token), Path.of("")));
    }

    @Test
    void aSecretInACauseNeverReachesAPrintedStackTrace() {
        SecretMask mask = mask("tok-SECRET-123");
        SourceException failure = new SourceException("authentication failed for token tok-SECRET-123",
                new IllegalStateException("header Authorization: tok-SECRET-123"));
        var e = Failures.thrown(failure, "source 'weather' dataset 'daily'", "fetch", mask);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(e.getMessage()).contains("authentication failed for token ****");
        assertThat(trace.toString()).doesNotContain("tok-SECRET-123").contains("IllegalStateException");
    }

    @Test
    void aShortSecretIsMaskedOnlyAsAWholeWord() {
        assertThat(mask("e").apply("authentication failed for token e")).isEqualTo("authentication failed for token ****");
    }
}
