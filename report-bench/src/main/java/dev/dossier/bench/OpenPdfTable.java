package dev.dossier.bench;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor: the benchmark table laid out with OpenPDF's {@code PdfPTable} and nothing else.
 * Same page size, fonts (Liberation Sans, embedded and subset), repeated header row and "Page X
 * of Y" footer as Dossier's table; the CSV is split by hand, with no types, validation or
 * formatting. Font bytes are read once, as Dossier caches them too.
 */
public final class OpenPdfTable {

    private static final int BATCH = 500;

    private final byte[] regular;
    private final byte[] bold;

    public OpenPdfTable() {
        this.regular = resource("liberation/LiberationSans-Regular.ttf");
        this.bold = resource("liberation/LiberationSans-Bold.ttf");
    }

    public void render(Path csv, Path out) {
        try (BufferedReader in = Files.newBufferedReader(csv); OutputStream os = Files.newOutputStream(out)) {
            Document doc = new Document(PageSize.A4, 57, 57, 72, 66);
            PdfWriter writer = PdfWriter.getInstance(doc, os);
            BaseFont body = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, regular, null);
            BaseFont heading = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, bold, null);
            writer.setPageEvent(new PageOfPages(body));
            doc.open();
            Font cellFont = new Font(body, 8.5f);
            PdfPTable table = newTable(in.readLine().split(","), new Font(heading, 8.5f));
            String line;
            int count = 0;
            while ((line = in.readLine()) != null) {
                for (String cell : line.split(",", -1)) {
                    table.addCell(new Phrase(cell, cellFont));
                }
                // An incomplete table is flushed in parts, as a big table must be to stay in bounded memory.
                if (++count % BATCH == 0) {
                    doc.add(table);
                }
            }
            table.setComplete(true);
            doc.add(table);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PdfPTable newTable(String[] headings, Font font) {
        PdfPTable table = new PdfPTable(headings.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String h : headings) {
            PdfPCell cell = new PdfPCell(new Phrase(h, font));
            cell.setGrayFill(0.92f);
            table.addCell(cell);
        }
        return table;
    }

    private static byte[] resource(String name) {
        try (InputStream in = OpenPdfTable.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font not on the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
