package dev.dossier.core.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

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

    @Test
    void thePartFileCarriesTheWritersProcessId(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        List<String> seen = new ArrayList<>();
        AtomicOutput.write(target, out -> {
            try (var files = Files.list(dir)) {
                files.forEach(f -> seen.add(f.getFileName().toString()));
            }
        });
        assertThat(seen).singleElement().satisfies(name -> {
            assertThat(name).startsWith(".report.pdf." + ProcessHandle.current().pid() + "-").endsWith(".part");
            assertThat(PartFiles.writer(name)).hasValue(ProcessHandle.current().pid());
        });
    }

    @Test
    void partFilesOfGoneProcessesAreRemovedByTheNextWriteAndNothingElse(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(dir.resolve(".report.pdf." + gone.pid() + "-abc123.part"), "half");
        Path live = Files.writeString(dir.resolve(".other.pdf." + ProcessHandle.current().pid() + "-abc123.part"), "busy");
        Path unrelated = Files.writeString(dir.resolve(".notes.part"), "mine");
        AtomicOutput.write(dir.resolve("report.pdf"), out -> out.write(1));
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void everyOutputPathProblemIsARunFailureNamingThePathAndTheReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> AtomicOutput.checkTarget(file.resolve("sub/report.pdf")))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(1);
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.OUTPUT_PATH);
                })
                .hasMessageContaining(file.resolve("sub/report.pdf").toString())
                .hasMessageContaining(file + " is a file, where a folder should be");
        assertThatThrownBy(() -> AtomicOutput.checkTarget(dir))
                .hasMessageContaining("it is a folder");
        assertThatThrownBy(() -> AtomicOutput.checkTarget(Path.of("/dev/null")))
                .hasMessageContaining("/dev/null: cannot write the report here: it is a device or pipe");
    }
}
