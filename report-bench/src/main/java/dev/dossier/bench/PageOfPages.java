package dev.dossier.bench;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Page X of Y" at the foot of every page, the way Dossier prints it: "Page X of " is written at
 * the end of each page, Y goes into one small shared template filled when the document closes.
 */
final class PageOfPages extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final BaseFont font;
    private PdfTemplate total;

    PageOfPages(BaseFont font) {
        this.font = font;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, SIZE + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = "Page " + writer.getPageNumber() + " of ";
        float x = document.right() - 30 - font.getWidthPoint(text, SIZE);
        float y = document.bottom() - 24;
        PdfContentByte cb = writer.getDirectContent();
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.endText();
        cb.addTemplate(total, x + font.getWidthPoint(text, SIZE), y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }
}
