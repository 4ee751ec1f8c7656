package dev.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.error.DossierException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a batch file: its header, its rows and the checks made before any report. */
class BatchPlanTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path csv(String name, byte[] prefix, String text) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        Files.write(file, all);
        return file;
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws IOException {
        Path file = csv("bom.csv", BOM, "company\nBaidu\n");

        BatchPlan plan = BatchPlan.read(file, dir + "/out/{company}.pdf");

        assertThat(plan.columns()).containsExactly("company");
        assertThat(plan.items()).singleElement().satisfies(item -> {
            assertThat(item.parameters()).containsOnlyKeys("company").containsEntry("company", "Baidu");
            assertThat(item.output()).isEqualTo(Path.of(dir + "/out/Baidu.pdf"));
        });
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsRefusedNamingFileLineAndColumn() throws IOException {
        Path file = csv("twice.csv", new byte[0], "company,edition,edition\nBaidu,2025-Q4,2026-Q1\n");

        assertThatThrownBy(() -> BatchPlan.read(file, dir + "/out/{company}.pdf"))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.code()).isEqualTo("DOS-BATCH-INVALID");
                })
                .hasMessageContaining(file + ":1:").hasMessageContaining("'edition'")
                .hasMessageContaining("fields 2 and 3");
    }

    @Test
    void aColumnThatIsNoParameterIsRefusedWithTheClosestParameter() throws IOException {
        Path file = csv("typo.csv", new byte[0], "company,editon\nBaidu,2025-Q4\n");
        BatchPlan plan = BatchPlan.read(file, dir + "/out/{company}.pdf");
        List<String> parameters = List.of("edition", "locale", "company");

        assertThatThrownBy(() -> plan.checkColumns(parameters))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageContaining(file + ":1:").hasMessageContaining("'editon'")
                .hasMessageContaining("did you mean 'edition'?").hasMessageContaining("edition, locale, company");
        plan.checkColumns(List.of("company", "editon"));
    }
}
