package dev.dossier.core.layout;

import dev.dossier.core.error.ErrorCode;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.dossier.api.Row;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.core.template.Block;

import java.util.List;

/**
 * Writes a band of KPI tiles: a big number (with the source's qualifier), a short label, a
 * unit-and-period line, the confidence where it is not "published", and the source number.
 */
final class KpiBandWriter {

    /** Tiles per row of the band. */
    private static final int PER_ROW = 3;

    private KpiBandWriter() {
    }

    static void write(RenderContext ctx, Block.Kpis block) {
        List<Block.Kpi> tiles = block.tiles();
        int columns = Math.min(PER_ROW, Math.max(1, tiles.size()));
        PdfPTable band = new PdfPTable(columns);
        band.setWidthPercentage(100);
        band.setSpacingBefore(6);
        band.setSpacingAfter(8);
        band.setKeepTogether(true);
        for (Block.Kpi kpi : tiles) {
            band.addCell(tile(ctx, kpi));
        }
        for (int i = tiles.size() % columns; i != 0 && i < columns; i++) {
            PdfPCell filler = new PdfPCell();
            filler.setBorder(Rectangle.NO_BORDER);
            band.addCell(filler);
        }
        ctx.keepSpace(120);
        ctx.add(band);
    }

    private static Paragraph line(com.lowagie.text.Phrase content, float leading, float after) {
        Paragraph p = new Paragraph(content);
        p.setLeading(0, leading);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPCell tile(RenderContext ctx, Block.Kpi kpi) {
        Row row = ctx.data.require(kpi.data(), ErrorCode.KPI_NO_ROW, "KPI '" + kpi.label() + "'");
        int i = row.descriptor().indexOf(kpi.value());
        String unit = row.descriptor().columns().get(i).unit();
        int source = ctx.citations.cite(row.provenance(), ctx.currentSection + " KPIs");

        PdfPCell cell = new PdfPCell();
        cell.addElement(line(ctx.type.phrase(ctx.format.cell(row, i), Typography.Role.KPI_VALUE), 1.15f, 2));
        cell.addElement(line(ctx.type.phrase(kpi.label(), Typography.Role.KPI_LABEL), 1.25f, 1));
        String detail = kpi.detail() == null || kpi.detail().isBlank() ? unit : kpi.detail();
        cell.addElement(line(ctx.type.phrase(detail + "  [" + source + "]", Typography.Role.CAPTION), 1.3f, 0));
        String confidence = ConfidenceMarks.words(row.provenance().confidence());
        if (confidence.isEmpty() && row.isEstimated(i)) {
            confidence = ConfidenceMarks.words(dev.dossier.api.Confidence.ESTIMATE);
        }
        if (!confidence.isEmpty()) {
            cell.addElement(line(ctx.type.phrase(confidence, ctx.type.font(Typography.Role.CAPTION, ctx.theme.highlight())), 1.3f, 0));
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
