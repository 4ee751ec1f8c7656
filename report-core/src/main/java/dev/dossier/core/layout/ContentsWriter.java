package dev.dossier.core.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

import java.util.List;

/**
 * Writes the table of contents: one linked row per section (number, title with a dotted
 * leader, page). The pages are not known yet: {@link PageDecorator} places a small template on
 * each title's baseline and fills it with the page number when the document closes, so the
 * report is laid out in one pass.
 */
final class ContentsWriter {

    private ContentsWriter() {
    }

    static void write(RenderContext ctx, List<String> sections, PageDecorator pages) {
        Paragraph heading = new Paragraph(ctx.type.phrase("Contents", Typography.Role.H1));
        heading.setSpacingAfter(18);
        ctx.add(heading, Structure.H1);
        PdfPTable toc = new PdfPTable(new float[] {26, 400, 30});
        toc.setWidthPercentage(100);
        for (int i = 0; i < sections.size(); i++) {
            String anchor = ReportRenderer.anchor(i);
            toc.addCell(cell(linked(new Phrase(Integer.toString(i + 1),
                    ctx.type.font(Typography.Role.BODY_BOLD, ctx.theme.colors().primary())), anchor), Element.ALIGN_LEFT));
            Phrase title = linked(ctx.type.phrase(sections.get(i) + " ", Typography.Role.CONTENTS), anchor);
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3);
            dots.setLineColor(ctx.theme.colors().rule());
            dots.setOffset(-2);
            title.add(new Chunk(dots));
            toc.addCell(cell(title, Element.ALIGN_LEFT));
            toc.addCell(cell(new Phrase(""), Element.ALIGN_RIGHT)); // the page number is drawn here when known
            pages.deferPageNumber(anchor, title, ctx.type.font(Typography.Role.CONTENTS));
        }
        ctx.tags.table(toc, Structure.TableRole.CONTENTS);
        ctx.document.newPage();
    }

    private static Phrase linked(Phrase phrase, String anchor) {
        for (Object o : phrase.getChunks()) {
            ((Chunk) o).setLocalGoto(anchor);
        }
        return phrase;
    }

    private static PdfPCell cell(Phrase content, int alignment) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(7);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        return cell;
    }
}
