import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.source.ProviderRegistry;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Times a table report through Dossier (CSV source, validation, two layout passes,
 * post-processing) against raw OpenPDF laying out the same table, in the same JVM, and prints
 * the medians and their ratio. Run with benchmarks/run.sh.
 */
public class TableBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dir = Files.createTempDirectory("dossier-bench");
        Path csv = dir.resolve("rows.csv");
        StringBuilder sb = new StringBuilder("item,note,amount\n");
        for (int i = 1; i <= rows; i++) {
            sb.append("Item ").append(i).append(",note ").append(i).append(',').append(i).append(".5\n");
        }
        Files.writeString(csv, sb);
        Path template = dir.resolve("t.yaml");
        Files.writeString(template, """
                title: Benchmark
                theme: %s
                sources:
                  csv: { file: rows.csv, dataset: items, columns: "item:string, note:string, amount:money:USD billion", title: "Benchmark data" }
                sections:
                  - title: Table
                    blocks:
                      - table: { data: csv/items }
                """.formatted(Path.of("templates/themes/dossier.yaml").toAbsolutePath()));
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of());
        byte[] font;
        try (InputStream in = TableBenchmark.class.getClassLoader().getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
            font = in.readAllBytes();
        }

        Runnable dossier = () -> engine.generate(GenerateRequest.builder(template, dir.resolve("dossier.pdf")).build());
        Runnable openpdf = () -> rawOpenPdf(rows, font, dir.resolve("openpdf.pdf"));
        for (int i = 0; i < 3; i++) { // warm-up
            dossier.run();
            openpdf.run();
        }
        double d = median(dossier, iterations);
        double o = median(openpdf, iterations);
        System.out.printf("%,d-row table, median of %d runs: raw OpenPDF %.1f ms, Dossier %.1f ms, ratio %.2fx%n",
                rows, iterations, o, d, d / o);
    }

    private static void rawOpenPdf(int rows, byte[] font, Path out) {
        try (OutputStream os = Files.newOutputStream(out)) {
            Document doc = new Document(PageSize.A4, 57, 57, 72, 66);
            PdfWriter.getInstance(doc, os);
            doc.open();
            Font f = new Font(BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, font, null), 8.5f);
            PdfPTable table = new PdfPTable(3);
            table.setHeaderRows(1);
            table.setWidthPercentage(100);
            for (String h : new String[] {"item", "note", "amount (USD billion)"}) {
                table.addCell(new Phrase(h, f));
            }
            for (int i = 1; i <= rows; i++) {
                table.addCell(new Phrase("Item " + i, f));
                table.addCell(new Phrase("note " + i, f));
                table.addCell(new Phrase(String.format("%,.1f", i + 0.5), f));
            }
            doc.add(table);
            doc.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(Runnable r, int n) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[n / 2];
    }
}
