package dev.dossier.core.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small PDFs written with OpenPDF the way the renderer writes them: embedded subset fonts, an outline, a form XObject. */
final class TestPdfs {

    static final List<String> SECTIONS = List.of("Patents", "Companies", "Chips");
    static final int PAGES = SECTIONS.size();

    private static byte[] fontBytes;

    private TestPdfs() {
    }

    /** A three-page report with one section per page, nested outline entries, a chart-like form XObject and one raster image. */
    static byte[] report(boolean pdfa) {
        try {
            BaseFont base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, liberationSans(), null);
            Font body = new Font(base, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 57, 57, 72, 66);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            if (pdfa) {
                writer.setPDFXConformance(PdfWriter.PDFA1B);
            }
            document.addTitle("Test briefing");
            document.addAuthor("Dossier tests");
            document.addCreator("Dossier");
            document.setDocumentLanguage("en-US");
            if (pdfa) {
                writer.createXmpMetadata();
            }
            document.open();
            if (pdfa) {
                PdfA.addSrgbOutputIntent(writer);
            }
            for (int i = 0; i < SECTIONS.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                document.add(new Paragraph(SECTIONS.get(i), body));
                PdfContentByte cb = writer.getDirectContent();
                PdfOutline section = new PdfOutline(writer.getRootOutline(),
                        new PdfDestination(PdfDestination.FITH, document.getPageSize().getHeight()), SECTIONS.get(i));
                new PdfOutline(section, new PdfDestination(PdfDestination.FITH, 400), SECTIONS.get(i) + " detail");
                document.add(new Paragraph("Figure " + (i + 1) + ": families by country, 2014–2023.", body));
                if (i == 0) {
                    document.add(Image.getInstance(chart(cb, base)));
                    document.add(Image.getInstance(swatch(), null));
                }
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String name, byte[] pdf) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, pdf);
        return file;
    }

    /** A vector "chart": a form XObject with bars and a label in the embedded font. */
    private static PdfTemplate chart(PdfContentByte cb, BaseFont font) {
        PdfTemplate t = cb.createTemplate(200, 100);
        t.setRGBColorFill(0x2f, 0x5d, 0x8a);
        t.rectangle(10, 10, 40, 60);
        t.rectangle(60, 10, 40, 30);
        t.fill();
        t.beginText();
        t.setFontAndSize(font, 8);
        t.setTextMatrix(10, 85);
        t.showText("China 38,210");
        t.endText();
        return t;
    }

    private static java.awt.Image swatch() {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                img.setRGB(x, y, (x + y) % 2 == 0 ? 0xcc3333 : 0xffffff);
            }
        }
        return img;
    }

    private static synchronized byte[] liberationSans() throws IOException {
        if (fontBytes == null) {
            try (InputStream in = TestPdfs.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
                if (in == null) {
                    throw new IOException("Liberation Sans is not on the class path (openpdf-fonts-extra)");
                }
                fontBytes = in.readAllBytes();
            }
        }
        return fontBytes;
    }
}
