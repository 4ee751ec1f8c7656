package dev.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {



    private static Path template(Path dir, String body) throws IOException {
        Path t = dir.resolve("t.yaml");
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(t, "title: T\ntheme: " + theme + "\nsections:\n  - title: S\n    blocks:\n" + body);
        return t;
    }

    @Test
    void validateNamesAnUnknownSourceAndExitsTwo(@TempDir Path dir) throws IOException {
        Path t = template(dir, "      - table: { data: patnets/families-by-country }\n");
        CliRun r = CliRun.of("validate", "-q", t.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-TEMPLATE-UNKNOWN-SOURCE").contains("t.yaml:6:")
                .contains("unknown source 'patnets'").contains("did you mean 'patents'")
                .contains("docs/errors.md#template-unknown-source");
    }

    @Test
    void validateNamesAnUnknownColumnAndExitsTwo(@TempDir Path dir) throws IOException {
        Path t = template(dir, "      - chart: { type: bar, data: patents/families-by-country, x: entity, y: famlies, title: X }\n");
        CliRun r = CliRun.of("validate", "-q", t.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-TEMPLATE-UNKNOWN-COLUMN").contains("has no column 'famlies'")
                .contains("did you mean 'families'");
    }

    @Test
    void validateNamesAnUnknownDatasetWithSuggestion(@TempDir Path dir) throws IOException {
        Path t = template(dir, "      - table: { data: patents/families-by-contry }\n");
        CliRun r = CliRun.of("validate", "-q", t.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown dataset 'patents/families-by-contry'")
                .contains("did you mean 'patents/families-by-country'");
    }

    @Test
    void failedGenerateLeavesNoPdf(@TempDir Path dir) throws IOException {
        Path t = template(dir, "      - kpis: [ { data: patents/families-by-country, where: { entity: Atlantis }, value: families, label: X } ]\n");
        Path out = dir.resolve("out/report.pdf");
        CliRun r = CliRun.of("generate", "-q", t.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-KPI-NO-ROW").contains("Atlantis");
        assertThat(out).doesNotExist();
        if (Files.exists(out.getParent())) {
            try (var files = Files.list(out.getParent())) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void missingTemplateIsAnInputError(@TempDir Path dir) {
        CliRun r = CliRun.of("validate", "-q", dir.resolve("nope.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-FILE-NOT-FOUND").contains("nope.yaml");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertThat(CliRun.of("generat").exit()).isEqualTo(2);
    }

    @Test
    void anEmptyPasswordIsRefusedRatherThanWritingAnUnencryptedPdf(@TempDir Path dir) throws IOException {
        Path t = template(dir, "      - text: Hello\n");
        CliRun r = CliRun.of("generate", "-q", t.toString(), "--password=", "-o", dir.resolve("x.pdf").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-USAGE").contains("empty password");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void outputThatIsNotARegularFileIsRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path t = template(dir, "      - text: Hello\n");
        assertThat(CliRun.of("generate", "-q", t.toString(), "-o", "-").err()).contains("DOS-OUTPUT-PATH");
        assertThat(CliRun.of("generate", "-q", t.toString(), "-o", dir.toString()).exit()).isEqualTo(1);
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), dir.resolve("elsewhere.pdf"));
        CliRun r = CliRun.of("generate", "-q", t.toString(), "-o", link.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("it is a link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void permissionNamesAreAcceptedInAnyCase(@TempDir Path dir) throws IOException {
        Path t = template(dir, "      - text: Hello\n");
        CliRun r = CliRun.of("generate", "-q", t.toString(), "--permissions", "print,Copy", "-o", dir.resolve("p.pdf").toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void aFigureReferenceMatchingSeveralRowsIsRefused(@TempDir Path dir) throws IOException {
        Path t = template(dir, "      - text: \"China filed {{patents/families-by-country.families}} families.\"\n");
        CliRun r = CliRun.of("validate", "-q", t.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-FIGURE-AMBIGUOUS").contains("rows of 'patents/families-by-country' match");
    }
}
