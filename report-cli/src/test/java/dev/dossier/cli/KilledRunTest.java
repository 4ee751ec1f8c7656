package dev.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A run killed outright while it renders ({@code kill -9}) loses nothing and leaves nothing for
 * long: the previous PDF is untouched, no font copies are left in the temporary folder, and the
 * next run removes the part file and the temporary files the killed one could not.
 */
class KilledRunTest {

    private static final Path THEME = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aKilledRenderLeavesTheOldPdfAndTheNextRunRemovesItsPartFile() throws Exception {
        Path out = dir.resolve("out/report.pdf");
        Path small = template("small.yaml", "      - text: \"The previous edition\"\n", "");
        assertThat(CliRun.of("generate", "-q", small.toString(), "-o", out.toString()).exit()).isZero();
        byte[] previous = Files.readAllBytes(out);

        Path big = slowTemplate();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process child = start(big, out, tmp);
        Path part = awaitPartFileOf(child, out.getParent());
        child.destroyForcibly();
        child.waitFor();

        assertThat(Files.readAllBytes(out)).as("the previous PDF, byte for byte").isEqualTo(previous);
        assertThat(part).as("the killed run could not remove its part file").exists();
        try (Stream<Path> left = Files.list(tmp)) {
            // no font copies (+~JF….tmp): only Dossier's own files, stamped with the killed process's id
            assertThat(left).isNotEmpty().allSatisfy(f -> assertThat(f.getFileName().toString())
                    .matches("dossier-[a-z]+-" + child.pid() + "-[a-z0-9]{6}(\\.[a-z]+)?"));
        }

        Process next = start(small, out, tmp);
        assertThat(next.waitFor()).as(Files.readString(dir.resolve("child.log"))).isZero();
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the next run removed what the killed one left").isEmpty();
        }
    }

    private Path template(String name, String blocks, String top) throws IOException {
        Path t = dir.resolve(name);
        Files.writeString(t, "title: Killed run\ntheme: " + THEME + "\n" + top + "sections:\n  - title: S\n    blocks:\n" + blocks);
        return t;
    }

    /** A table of 150,000 rows: seconds of layout, long enough to be killed in the middle. */
    private Path slowTemplate() throws IOException {
        Path csv = dir.resolve("rows.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("country,share\n");
            for (int i = 0; i < 150_000; i++) {
                w.write("Country " + i + "," + (i % 1000) + ".5\n");
            }
        }
        return template("slow.yaml", "      - table: { data: csv/rows }\n",
                "sources:\n  csv: { file: rows.csv, columns: \"country:string, share:decimal\", title: \"Generated rows\" }\n");
    }

    /** The command line in a JVM of its own, with its own temporary and cache folders. */
    private Process start(Path template, Path out, Path tmp) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                DossierCommand.class.getName(), "generate", "-q", template.toString(), "-o", out.toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        return pb.start();
    }

    /** Waits until the child has created its part file, i.e. is writing the report. */
    private Path awaitPartFileOf(Process child, Path folder) throws Exception {
        String prefix = ".report.pdf." + child.pid() + "-";
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            Optional<Path> part = partFile(folder, prefix);
            if (part.isPresent()) {
                return part.get();
            }
            if (!child.isAlive()) {
                fail("the run ended before it was killed (exit " + child.exitValue() + "): "
                        + Files.readString(dir.resolve("child.log")));
            }
            Thread.sleep(50);
        }
        child.destroyForcibly();
        return fail("no part file appeared: " + Files.readString(dir.resolve("child.log")));
    }

    private static Optional<Path> partFile(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
            return parts.stream().findFirst();
        }
    }
}
