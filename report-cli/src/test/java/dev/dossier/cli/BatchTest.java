package dev.dossier.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code generate --batch}: one report per CSV row, each with its own parameters; failures are listed, not fatal. */
class BatchTest {

    static final Path TEMPLATE = Path.of("../examples/batch/company-profile.yaml");
    static final Path COMPANIES = Path.of("../sources-builtin/src/main/resources/dev/dossier/sources/companies/profiles.csv");

    @TempDir
    Path dir;

    /** Company names from the curated profiles dataset itself, not typed here. */
    private static List<String> companies(int n) throws IOException {
        return Files.readAllLines(COMPANIES).stream().skip(1).limit(n).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    @Test
    void eachRowBecomesItsOwnReport() throws IOException {
        List<String> names = companies(4);
        Path csv = dir.resolve("companies.csv");
        Files.writeString(csv, "company\n" + String.join("\n", names) + "\n");

        CliRun run = CliRun.of("generate", TEMPLATE.toString(), "--batch", csv.toString(), "-o", dir + "/out/{company}.pdf");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(names.size() + " of " + names.size() + " reports written");
        for (String name : names) {
            String text = text(dir.resolve("out/" + name + ".pdf"));
            assertThat(text).contains("Company profile: " + name);
            for (String other : names) {
                if (!other.equals(name)) {
                    assertThat(text).as("the table selects only this row's company").doesNotContain("Profile of " + other);
                }
            }
        }
    }

    @Test
    void aFailingRowIsListedAndTheOthersAreStillWritten() throws IOException {
        List<String> names = companies(2);
        Path csv = dir.resolve("companies.csv");
        Files.writeString(csv, "company,locale\n" + names.get(0) + ",en-US\n" + names.get(1) + ",xx-NOPE\n");

        CliRun run = CliRun.of("generate", TEMPLATE.toString(), "--batch", csv.toString(), "-o", dir + "/out/{company}.pdf");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("DOS-PARAM-LOCALE").contains("batch line 3");
        assertThat(run.out()).contains("1 failed (input errors on line 3)");
        assertThat(dir.resolve("out/" + names.get(0) + ".pdf")).exists();
        assertThat(dir.resolve("out/" + names.get(1) + ".pdf")).doesNotExist();
    }

    @Test
    void rowsThatWouldWriteOneFileAreRefusedBeforeAnyWork() throws IOException {
        Path csv = dir.resolve("same.csv");
        Files.writeString(csv, "company,edition\nBaidu,2025-Q4\nBaidu,2026-Q1\n");

        CliRun run = CliRun.of("generate", TEMPLATE.toString(), "--batch", csv.toString(), "-o", dir + "/out/{company}.pdf");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("DOS-BATCH-INVALID").contains(":3:").contains("line 2");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aColumnThatIsNoParameterIsRefusedBeforeAnyReport() throws IOException {
        List<String> names = companies(2);
        Path csv = dir.resolve("typo.csv");
        Files.writeString(csv, "company,editon\n" + names.get(0) + ",2025-Q4\n" + names.get(1) + ",2025-Q4\n");

        CliRun run = CliRun.of("generate", TEMPLATE.toString(), "--batch", csv.toString(), "-o", dir + "/out/{company}.pdf");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("DOS-BATCH-INVALID").contains(csv + ":1:").contains("'editon'")
                .contains("did you mean 'edition'?").contains("parameters are ").doesNotContain("DOS-PARAM-UNKNOWN");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
        String name = companies(1).get(0);
        Path csv = dir.resolve("bom.csv");
        Files.writeString(csv, "\uFEFFcompany\n" + name + "\n");

        CliRun run = CliRun.of("generate", TEMPLATE.toString(), "--batch", csv.toString(), "-o", dir + "/out/{company}.pdf");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(text(dir.resolve("out/" + name + ".pdf"))).contains("Company profile: " + name);
    }

    @Test
    void theSummaryNamesTheRowsThatFailedOnTheirInput() throws IOException {
        List<String> names = companies(3);
        Path csv = dir.resolve("editions.csv");
        Files.writeString(csv, "company,edition\n" + names.get(0) + ",2025-Q4\n" + names.get(1) + ",2025-Q5\n"
                + names.get(2) + ",2025-13\n");

        CliRun run = CliRun.of("generate", TEMPLATE.toString(), "--batch", csv.toString(), "-o", dir + "/out/{company}.pdf");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("1 of 3 reports written").contains("2 failed (input errors on lines 3, 4)");
        assertThat(run.err()).contains("DOS-PARAM-EDITION: batch line 3").contains("DOS-PARAM-EDITION: batch line 4");
    }

    @Test
    void theExamplesCommentSaysHowManyPagesEachReportHas() throws IOException {
        String name = companies(1).get(0);
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "company\n" + name + "\n");
        String comment = Files.readAllLines(TEMPLATE).stream().takeWhile(l -> l.startsWith("#"))
                .reduce("", (a, b) -> a + " " + b.substring(1).strip());
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("(?i)\\b(one|two|three|four|five)-page\\b")
                .matcher(comment);
        assertThat(said.find()).as(comment).isTrue();
        int pages = List.of("one", "two", "three", "four", "five").indexOf(said.group(1).toLowerCase()) + 1;

        CliRun run = CliRun.of("generate", TEMPLATE.toString(), "--batch", csv.toString(), "-o", dir + "/out/{company}.pdf");

        assertThat(run.exit()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("out/" + name + ".pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).as(comment).isEqualTo(pages);
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
