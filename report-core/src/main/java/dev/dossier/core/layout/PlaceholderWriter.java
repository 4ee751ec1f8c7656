package dev.dossier.core.layout;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.dossier.core.resolve.ResolvedBlock;

/**
 * Draws the visible "data unavailable" panel that replaces a block whose data source failed,
 * when the block opted in with {@code onError: placeholder}. The reason is printed (and the
 * resolve stage reports a warning), so a missing figure is never silent.
 */
final class PlaceholderWriter {

    private PlaceholderWriter() {
    }

    static void write(RenderContext ctx, ResolvedBlock.Placeholder block) {
        PdfPTable panel = new PdfPTable(1);
        panel.setWidthPercentage(100);
        panel.setSpacingBefore(10);
        panel.setSpacingAfter(10);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(ctx.theme.colors().rule());
        cell.setBackgroundColor(ctx.theme.colors().zebra());
        cell.setPadding(14);
        Paragraph title = new Paragraph(ctx.type.phrase("Data unavailable", Typography.Role.H3));
        title.setSpacingAfter(4);
        cell.addElement(title);
        Paragraph reason = new Paragraph(ctx.type.phrase(block.refs() + ": " + block.reason(), Typography.Role.CAPTION));
        reason.setLeading(0, 1.3f);
        cell.addElement(reason);
        panel.addCell(cell);
        ctx.tags.table(panel, Structure.TableRole.GROUP);
    }
}
