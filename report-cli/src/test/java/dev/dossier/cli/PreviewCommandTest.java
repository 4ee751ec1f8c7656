package dev.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dossier preview} tells a PDF from a template by the file and says what each needs. */
class PreviewCommandTest {

    @Test
    void aTemplateWithoutWatchIsToldToAddIt(@TempDir Path dir) throws IOException {
        Path t = Files.writeString(dir.resolve("t.yaml"), "title: T\nsections: [ { title: S, blocks: [ { text: Hi } ] } ]\n");
        CliRun r = CliRun.of("preview", t.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-USAGE").contains("add --watch");
    }

    @Test
    void aPdfWithWatchIsToldToGiveTheTemplate(@TempDir Path dir) throws IOException {
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7\n");
        CliRun r = CliRun.of("preview", "--watch", pdf.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-USAGE").contains("is not a template").contains("give the template");
    }
}
