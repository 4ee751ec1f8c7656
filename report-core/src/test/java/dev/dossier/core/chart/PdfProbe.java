package dev.dossier.core.chart;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Writes charts into a PDF and reads it back with PDFBox. */
final class PdfProbe {

    static final float WIDTH = 480f;

    /** What came back from the PDF. */
    record Readback(String text, int imageXObjects, int formXObjects, int pages, List<List<String>> notes) {
        /** The text without any whitespace, for matching labels that wrapped. */
        String compact() {
            return text.replaceAll("\\s+", "");
        }
    }

    private PdfProbe() {
    }

    /** Renders one chart per call of {@code draw} into {@code file}, one after another on A4 pages. */
    static Readback write(Path file, List<Function<PdfWriter, RenderedChart>> draws, List<String> captions) throws IOException {
        List<List<String>> notes = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setStrictImageSequence(true);
            doc.open();
            for (int i = 0; i < draws.size(); i++) {
                RenderedChart chart = draws.get(i).apply(writer);
                notes.add(chart.notes());
                if (captions != null) {
                    doc.add(new Paragraph(captions.get(i)));
                }
                doc.add(chart.image());
                if (captions != null && !chart.notes().isEmpty()) {
                    doc.add(new Paragraph("Note: " + String.join("; ", chart.notes())));
                }
            }
            doc.close();
        }
        return read(file, notes);
    }

    static Readback read(Path file, List<List<String>> notes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int[] counts = new int[2];
            for (PDPage page : pdf.getPages()) {
                count(page.getResources(), counts, 0);
            }
            return new Readback(stripper.getText(pdf), counts[0], counts[1], pdf.getNumberOfPages(), notes);
        }
    }

    private static void count(PDResources resources, int[] counts, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                counts[0]++;
            } else if (x instanceof PDFormXObject form) {
                counts[1]++;
                count(form.getResources(), counts, depth + 1);
            }
        }
    }
}
