package dev.dossier.core.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfStructureElement;

/**
 * OpenPDF's document with hooks for tagging: it opens the marked-content sequences the
 * {@link Structure} asks for on the streams where OpenPDF draws paragraphs ({@code text}) and
 * inline images ({@code graphics}), and closes and reopens them at every page break, so a
 * paragraph that runs onto the next page stays one structure element.
 *
 * <p>Everything drawn to the graphics stream outside a figure (underlines, separators, chunk
 * backgrounds) is an artifact.
 */
final class TaggedPdfDocument extends PdfDocument {

    private PdfStructureElement textMark;
    private PdfStructureElement figureMark;
    private boolean endingPage;
    private PdfContentByte markedOn;
    /** Where the text mark continues on this page; -1 when its operator is already written. */
    private int reopenAt = -1;

    /** Marks what OpenPDF draws next for paragraphs as content of {@code element}, until {@link #endText()}. */
    void beginText(PdfStructureElement element) {
        flush();
        textMark = element;
        markedOn = text;
        text.beginMarkedContentSequence(element);
    }

    /** Ends the mark opened by {@link #beginText}, after writing out the lines OpenPDF still holds. */
    void endText() {
        flush();
        if (textMark != null) {
            closeText();
            textMark = null;
        }
    }

    /** Marks the images OpenPDF draws next as content of {@code figure}, until {@link #endFigure()}. */
    void beginFigure(PdfStructureElement figure) {
        flush();
        graphics.endMarkedContentSequence();
        figureMark = figure;
        graphics.beginMarkedContentSequence(figure);
    }

    void endFigure() {
        flush();
        if (figureMark != null) {
            graphics.endMarkedContentSequence();
            figureMark = null;
            graphics.beginMarkedContentSequence(Structure.ARTIFACT);
        }
    }

    private void flush() {
        try {
            flushLines();
        } catch (DocumentException e) {
            throw new com.lowagie.text.ExceptionConverter(e);
        }
    }

    @Override
    public boolean newPage() {
        endingPage = true;
        try {
            return super.newPage();
        } finally {
            endingPage = false;
            if (textMark != null && text != markedOn) { // an empty page was dropped with its text stream
                markedOn = text;
                reopenAt = text.getInternalBuffer().size();
            }
        }
    }

    /** OpenPDF flushes the page's last lines after the end-of-page event: the marks close after them. */
    @Override
    protected float flushLines() throws DocumentException {
        float height = super.flushLines();
        if (endingPage) {
            endingPage = false;
            if (textMark != null) {
                closeText();
            }
            graphics.endMarkedContentSequence();
        }
        return height;
    }

    @Override
    protected void initPage() throws DocumentException {
        super.initPage();
        if (figureMark != null) {
            graphics.beginMarkedContentSequence(figureMark);
        } else {
            graphics.beginMarkedContentSequence(Structure.ARTIFACT);
        }
        if (textMark != null) {
            markedOn = text;
            reopenAt = text.getInternalBuffer().size();
        }
    }

    /**
     * Ends the text mark on this page. A mark carried over from the page before is written only
     * now, and only if text followed: a page left empty is dropped by OpenPDF, and a mark on it
     * would point to a page that does not exist.
     */
    private void closeText() {
        if (reopenAt < 0) {
            text.endMarkedContentSequence();
        } else if (text.getInternalBuffer().size() > reopenAt) {
            Structure.wrap(text, reopenAt, Structure.beginBytes(text, textMark));
        }
        reopenAt = -1;
    }

}
