package dev.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF and the snapshot never replace a file the run reads. */
class InputsAreNeverOverwrittenTest {

    @TempDir
    Path dir;

    private Path template() throws IOException {
        Path data = dir.resolve("deals.csv");
        Files.writeString(data, "year,deals\n2024,12\n");
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, """
                title: Inputs
                theme: %s
                sources:
                  csv: { file: deals.csv, dataset: deals, columns: "year:year, deals:integer", title: "Deal log" }
                sections:
                  - title: Deals
                    blocks:
                      - table: { data: csv/deals }
                """.formatted(Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize()));
        return t;
    }

    @Test
    void theOutputCannotBeTheTemplateNorADataFile() throws IOException {
        Path t = template();
        byte[] templateBytes = Files.readAllBytes(t);
        byte[] dataBytes = Files.readAllBytes(dir.resolve("deals.csv"));

        CliRun onTemplate = CliRun.of("generate", t.toString(), "-o", t.toString(), "-q");
        CliRun onData = CliRun.of("generate", t.toString(), "-o", dir.resolve("deals.csv").toString(), "-q");
        CliRun snapshotOnTemplate = CliRun.of("generate", t.toString(), "-o", dir.resolve("r.pdf").toString(),
                "--snapshot", t.toString(), "-q");

        assertThat(onTemplate.exit()).isEqualTo(1);
        assertThat(onTemplate.err()).contains("DOS-OUTPUT-PATH").contains("the template");
        assertThat(onData.err()).contains("DOS-OUTPUT-PATH").contains("a data file");
        assertThat(snapshotOnTemplate.err()).contains("DOS-OUTPUT-PATH").contains("the template");
        assertThat(Files.readAllBytes(t)).isEqualTo(templateBytes);
        assertThat(Files.readAllBytes(dir.resolve("deals.csv"))).isEqualTo(dataBytes);
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void aFilterThatMatchesNothingIsAWarningAndCitesNothing() throws IOException {
        Path t = template();
        Files.writeString(t, Files.readString(t).replace("data: csv/deals }", "data: csv/deals, where: { year: \"2042\" } }"));

        CliRun run = CliRun.of("validate", t.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err() + run.out()).contains("warning").contains("no row of 'csv/deals' matches");
    }
}
