package dev.dossier.core.output;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TempFilesTest {

    @Test
    void filesAndFoldersOfGoneProcessesAreRemovedAndNothingElse() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path staleFile = Files.writeString(tmp.resolve("dossier-rows-" + gone.pid() + "-abc123.spool"), "rows");
        Path staleFolder = Files.createDirectories(tmp.resolve("dossier-scratch-" + gone.pid() + "-abc123"));
        Files.writeString(staleFolder.resolve("PDFBox1.tmp"), "scratch");
        Path mine = TempFiles.file("layout", ".pdf");
        Path foreign = Files.writeString(tmp.resolve("dossier-notes-" + gone.pid() + ".txt"), "not ours");
        try {
            assertThat(TempFiles.removeStale()).contains(staleFile, staleFolder);
            assertThat(staleFile).doesNotExist();
            assertThat(staleFolder).doesNotExist();
            assertThat(mine).exists();
            assertThat(foreign).exists();
            assertThat(mine.getFileName().toString()).startsWith("dossier-layout-" + ProcessHandle.current().pid() + "-");
        } finally {
            Files.deleteIfExists(mine);
            Files.deleteIfExists(foreign);
        }
    }

    @Test
    void scratchBuffersLiveInThisProcessesFolder() throws IOException {
        Path scratch = TempFiles.scratchFolder();
        assertThat(scratch.getFileName().toString()).startsWith("dossier-scratch-" + ProcessHandle.current().pid() + "-");
        assertThat(TempFiles.scratchFolder()).isEqualTo(scratch);
    }
}
