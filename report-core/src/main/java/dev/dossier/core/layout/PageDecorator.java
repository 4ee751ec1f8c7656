package dev.dossier.core.layout;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.dossier.core.theme.Theme;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Draws the running header (brand left, title right, hairline below) and footer (edition
 * left, "Page X of Y" right) on every page but the cover, and records on which page each
 * tagged heading landed, drawing the contents' page numbers when the document closes.
 *
 * <p>The total page count is not known while pages are written, so "of Y" is a small
 * template filled in when the document closes.
 */
final class PageDecorator extends PdfPageEventHelper {

    private final Theme theme;
    private final Typography type;
    private final UnaryOperator<String> placeholders;
    private final Map<String, Integer> anchorPages = new HashMap<>();
    private PdfTemplate total;
    private int lastPage;

    /** @param placeholders fills {@code {brand}}, {@code {title}}, {@code {edition}} … in header and footer texts */
    private java.util.function.IntConsumer pageDone = page -> { };

    /** Told the number of each page as it is finished, for progress on long runs. */
    void onPageDone(java.util.function.IntConsumer listener) {
        this.pageDone = listener;
    }

    PageDecorator(Theme theme, Typography type, UnaryOperator<String> placeholders) {
        this.theme = theme;
        this.type = type;
        this.placeholders = placeholders;
    }

    /** The page each tagged heading is on, by tag. */
    Map<String, Integer> anchorPages() {
        return anchorPages;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(CONTENTS_TAG)) {
            Deferred d = deferred.get(text.substring(CONTENTS_TAG.length()));
            if (d != null && d.template()[0] == null) {
                placePageNumber(writer, document, rect, d);
            }
            return;
        }
        anchorPages.putIfAbsent(text, writer.getPageNumber());
    }

    /** The number of pages written so far. */
    int pages() {
        return lastPage;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        lastPage = page;
        pageDone.accept(page);
        if (page == 1) {
            return; // the cover carries no running header or footer
        }
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float headerY = document.top() + 24;
        float footerY = document.bottom() - 28;

        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                type.phrase(fill(theme.header().left(), page), type.font(Typography.Role.RUNNING, theme.colors().primary())),
                left, headerY, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                type.phrase(fill(theme.header().right(), page), Typography.Role.RUNNING), right, headerY, 0);
        cb.saveState();
        cb.setColorStroke(theme.colors().rule());
        cb.setLineWidth(0.5f);
        cb.moveTo(left, headerY - 6);
        cb.lineTo(right, headerY - 6);
        cb.moveTo(left, footerY + 12);
        cb.lineTo(right, footerY + 12);
        cb.stroke();
        cb.restoreState();

        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                type.phrase(fill(theme.footer().left(), page), Typography.Role.RUNNING), left, footerY, 0);
        footerRight(cb, fill(theme.footer().right(), page), right, footerY);
    }

    /** Right-aligned footer text; a total-pages placeholder is drawn from the deferred template. */
    private void footerRight(PdfContentByte cb, String text, float right, float y) {
        var font = type.font(Typography.Role.RUNNING);
        int at = text.indexOf(TOTAL_MARK);
        if (at < 0) {
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(text, font), right, y, 0);
            return;
        }
        // laid out by hand: right-aligned text would drop the space before the deferred number
        float totalWidth = font.getBaseFont().getWidthPoint("99", font.getSize());
        String before = text.substring(0, at);
        float beforeWidth = font.getBaseFont().getWidthPoint(before, font.getSize());
        float x = right - totalWidth - beforeWidth;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(before, font), x, y, 0);
        cb.addTemplate(total, x + beforeWidth, y);
    }

    private static final String TOTAL_MARK = "\u0000pages\u0000";

    private String fill(String text, int page) {
        return placeholders.apply(text).replace("{page}", Integer.toString(page)).replace("{pages}", TOTAL_MARK);
    }

    /** A contents entry whose page number is drawn into a small template once its heading's page is known. */
    private record Deferred(String anchor, com.lowagie.text.Font font, PdfTemplate[] template) {
    }

    private static final String CONTENTS_TAG = "contents:";
    private final Map<String, Deferred> deferred = new java.util.LinkedHashMap<>();

    /**
     * Asks for the page of the heading tagged {@code anchor} to be printed, right-aligned at the
     * right margin on the baseline of {@code title}'s first line, when the document closes: the
     * contents list their page numbers in one layout pass.
     */
    void deferPageNumber(String anchor, Phrase title, com.lowagie.text.Font font) {
        deferred.put(anchor, new Deferred(anchor, font, new PdfTemplate[1]));
        ((com.lowagie.text.Chunk) title.getChunks().get(0)).setGenericTag(CONTENTS_TAG + anchor);
    }

    /** Places the template of a contents entry where its title's first line is, linked to the heading. */
    private void placePageNumber(PdfWriter writer, Document document, Rectangle titleLine, Deferred d) {
        com.lowagie.text.pdf.BaseFont bf = d.font().getBaseFont();
        float size = d.font().getSize();
        float descent = bf.getFontDescriptor(com.lowagie.text.pdf.BaseFont.DESCENT, size);
        float width = bf.getWidthPoint("0000", size);
        float height = bf.getFontDescriptor(com.lowagie.text.pdf.BaseFont.ASCENT, size) - descent;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        float x = document.right() - width;
        float y = titleLine.getBottom() + descent;
        writer.getDirectContent().addTemplate(t, x, y);
        writer.getDirectContent().localGoto(d.anchor(), x, y, x + width, y + height);
        d.template()[0] = t;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        for (Deferred d : deferred.values()) {
            if (d.template()[0] == null) {
                continue; // the entry was never laid out
            }
            Integer page = anchorPages.get(d.anchor());
            String text = page == null ? "" : Integer.toString(page);
            PdfTemplate t = d.template()[0];
            float width = d.font().getBaseFont().getWidthPoint(text, d.font().getSize());
            t.beginText();
            t.setFontAndSize(d.font().getBaseFont(), d.font().getSize());
            t.setColorFill(d.font().getColor() == null ? java.awt.Color.BLACK : d.font().getColor());
            t.setTextMatrix(t.getWidth() - width, -d.font().getBaseFont().getFontDescriptor(
                    com.lowagie.text.pdf.BaseFont.DESCENT, d.font().getSize()));
            t.showText(text);
            t.endText();
        }
        var font = type.font(Typography.Role.RUNNING);
        total.beginText();
        total.setFontAndSize(font.getBaseFont(), font.getSize());
        total.setColorFill(theme.colors().muted());
        total.setTextMatrix(0, 0);
        total.showText(Integer.toString(lastPage));
        total.endText();
    }
}
