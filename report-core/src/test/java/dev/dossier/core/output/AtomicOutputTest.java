package dev.dossier.core.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicOutputTest {

    @Test
    void failedWriteLeavesNoFileAndKeepsThePreviousOne(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("source broke");
        })).hasMessage("source broke");
        assertThat(Files.readString(target)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void successfulWriteReplacesTargetAndCreatesFolders(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("nested/out/report.pdf");
        AtomicOutput.write(target, out -> out.write("complete".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("complete");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
