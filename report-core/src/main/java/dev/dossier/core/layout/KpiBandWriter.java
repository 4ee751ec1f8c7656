package dev.dossier.core.layout;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.dossier.core.resolve.ResolvedBlock;

import java.util.List;

/**
 * Writes a band of resolved KPI tiles: a big number (with the source's qualifier), a short
 * label, a unit-and-period line with the source number, and the confidence where it is not "published".
 */
final class KpiBandWriter {

    /** Tiles per row of the band. */
    private static final int PER_ROW = 3;

    private KpiBandWriter() {
    }

    static void write(RenderContext ctx, ResolvedBlock.KpiBand block) {
        PdfPTable band = band(ctx, block);
        ctx.keepSpace(Heights.of(ctx.width(), List.of(band)));
        ctx.tags.table(band, Structure.TableRole.GROUP);
    }

    /** The height of the band, in points. */
    static float height(RenderContext ctx, ResolvedBlock.KpiBand block) {
        return Heights.of(ctx.width(), List.of(band(ctx, block)));
    }

    private static PdfPTable band(RenderContext ctx, ResolvedBlock.KpiBand block) {
        List<ResolvedBlock.KpiTile> tiles = block.tiles();
        int columns = Math.min(PER_ROW, Math.max(1, tiles.size()));
        PdfPTable band = new PdfPTable(columns);
        band.setWidthPercentage(100);
        band.setSpacingBefore(6);
        band.setSpacingAfter(8);
        band.setKeepTogether(true);
        for (ResolvedBlock.KpiTile kpi : tiles) {
            band.addCell(tile(ctx, kpi));
        }
        for (int i = tiles.size() % columns; i != 0 && i < columns; i++) {
            PdfPCell filler = new PdfPCell();
            filler.setBorder(Rectangle.NO_BORDER);
            band.addCell(filler);
        }
        return band;
    }

    private static Paragraph line(com.lowagie.text.Phrase content, float leading, float after) {
        Paragraph p = new Paragraph(content);
        p.setLeading(0, leading);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPCell tile(RenderContext ctx, ResolvedBlock.KpiTile kpi) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(line(ctx.type.phrase(kpi.value(), Typography.Role.KPI_VALUE), 1.15f, 2));
        cell.addElement(line(ctx.type.phrase(kpi.label(), Typography.Role.KPI_LABEL), 1.25f, 1));
        cell.addElement(line(ctx.type.phrase(kpi.detail() + "  [" + kpi.source() + "]", Typography.Role.CAPTION), 1.3f, 0));
        if (!kpi.confidence().isEmpty()) {
            cell.addElement(line(ctx.type.phrase(kpi.confidence(), ctx.type.font(Typography.Role.CAPTION, ctx.theme.highlight())), 1.3f, 0));
        }
        cell.setBorder(Rectangle.TOP);
        cell.setBorderWidthTop(2f);
        cell.setBorderColorTop(ctx.theme.colors().primary());
        cell.setPaddingTop(6);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(12);
        cell.setPaddingBottom(12);
        return cell;
    }
}
