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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100,000-row table renders in a 128 MB heap: the dataset is read once and spooled to disk,
 * the layout streams its rows, the PDF is streamed to a file and post-processed from it.
 */
class BoundedMemoryTest {

    static final int ROWS = 100_000;

    @Test
    void aHundredThousandRowTableRendersInA128MegabyteHeap(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("rows.csv");
        StringBuilder sb = new StringBuilder("item,region,note,year,amount\n");
        for (int i = 1; i <= ROWS; i++) {
            sb.append("Item ").append(i).append(",Region ").append(i % 17).append(",note ").append(i)
                    .append(',').append(2000 + i % 25).append(',').append(i).append(".25\n");
        }
        Files.writeString(csv, sb);
        Path template = dir.resolve("big.yaml");
        Files.writeString(template, """
                title: Bounded memory
                theme: %s
                sources:
                  csv: { file: rows.csv, dataset: items, title: "Generated rows",
                         columns: "item:string, region:string, note:string, year:year, amount:money:USD billion" }
                sections:
                  - title: Table
                    blocks:
                      - table: { data: csv/items }
                """.formatted(Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize()));
        Path pdf = dir.resolve("big.pdf");
        Path log = dir.resolve("run.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                DossierCommand.class.getName(), "generate", template.toString(), "-o", pdf.toString(), "-q"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the run ends").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            assertThat(last.getText(doc)).contains("Item " + ROWS);
            assertThat(doc.getNumberOfPages()).isGreaterThan(ROWS / 60);
        }
    }
}
