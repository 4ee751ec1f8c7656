package dev.dossier.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.ReportEngine;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.source.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindingValidatorTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownDatasetInAChartIsReportedOnceAsAnUnknownDataset() throws IOException {
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, """
                title: T
                sections:
                  - title: S
                    blocks:
                      - chart: { type: bar, data: patents/families-by-contry, x: entity, y: families, title: "A chart" }
                """);
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of())) {
            assertThatThrownBy(() -> new ReportEngine(registry, List.of()).load(t, Map.of()))
                    .isInstanceOfSatisfying(DossierException.class, e -> {
                        assertThat(e.code()).isEqualTo("DOS-TEMPLATE-UNKNOWN-DATASET");
                        assertThat(e.getMessage()).contains("did you mean 'patents/families-by-country'?");
                        assertThat(e.details()).isEmpty();
                    });
        }
    }
}
