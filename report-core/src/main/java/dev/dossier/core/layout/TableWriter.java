package dev.dossier.core.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.dossier.api.Column;
import dev.dossier.core.format.ColumnHeadings;
import dev.dossier.core.resolve.ResolvedBlock;
import dev.dossier.core.text.RightToLeft;

import java.util.List;

/**
 * Draws a resolved table: a tinted header row that repeats on every page the table spans, thin
 * rules, zebra rows, numbers right-aligned with units in the header, confidence marks on
 * estimates, then the source and note lines.
 *
 * <p>Rows stream from the stored dataset and are flushed to the page in chunks, so a very long
 * table is laid out in bounded memory.
 */
final class TableWriter {

    /** Rows laid out per flush of a streaming table. */
    private static final int FLUSH_EVERY = 100;

    private TableWriter() {
    }

    static void write(RenderContext ctx, ResolvedBlock.Table block) {
        List<Column> columns = block.columns();
        ctx.keepSpace(110);
        ctx.add(SourceLine.heading(ctx, block.label(), block.title(), block.subtitle()));

        PdfPTable table = newTable(ctx, columns);
        table.setComplete(false);
        int count = 0;
        try (ResolvedBlock.RowsCursor rows = block.rows().open()) {
            while (rows.hasNext()) {
                ResolvedBlock.Cell[] cells = rows.next();
                boolean zebra = count % 2 == 1;
                for (int c = 0; c < cells.length; c++) {
                    ctx.checkGlyphs(cells[c].text(), "dataset '" + block.ref() + "', row " + (count + 1)
                            + ", column '" + columns.get(c).name() + "'");
                    table.addCell(cell(ctx, cells[c].text(), cells[c].mark(), columns.get(c), zebra));
                }
                if (++count % FLUSH_EVERY == 0) {
                    ctx.add(table);
                }
            }
        }
        if (count == 0) {
            PdfPCell empty = new PdfPCell(ctx.type.phrase("No rows match this table's selection.", Typography.Role.TABLE));
            empty.setColspan(columns.size());
            empty.setBorder(Rectangle.BOTTOM);
            empty.setBorderColor(ctx.theme.colors().rule());
            empty.setPadding(6);
            table.addCell(empty);
        }
        table.setComplete(true);
        ctx.add(table);

        ctx.add(SourceLine.sources(ctx, block.sources()));
        var notes = SourceLine.notes(ctx, block.notes());
        if (notes != null) {
            ctx.add(notes);
        }
    }

    private static PdfPTable newTable(RenderContext ctx, List<Column> columns) {
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setWidths(widths(ctx, columns));
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setSpacingBefore(2);
        for (Column c : columns) {
            PdfPCell h = new PdfPCell(ctx.type.phrase(ColumnHeadings.of(c), Typography.Role.TABLE_HEADER));
            h.setBackgroundColor(ctx.theme.colors().tableHeader());
            h.setBorder(Rectangle.BOTTOM);
            h.setBorderColor(ctx.theme.colors().primary());
            h.setBorderWidth(0.75f);
            h.setPadding(4);
            h.setPaddingBottom(5);
            h.setHorizontalAlignment(alignment(c));
            h.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(h);
        }
        return table;
    }

    private static PdfPCell cell(RenderContext ctx, String text, String mark, Column c, boolean zebra) {
        boolean rtl = RightToLeft.isRightToLeft(text);
        Phrase p = rtl ? ctx.type.rightToLeftPhrase(text, Typography.Role.TABLE) : ctx.type.phrase(text, Typography.Role.TABLE);
        if (!mark.isEmpty()) {
            Font small = ctx.type.font(Typography.Role.CAPTION_BOLD);
            Chunk sup = new Chunk(mark, new Font(small.getBaseFont(), small.getSize() - 1, Font.NORMAL, ctx.theme.highlight()));
            sup.setTextRise(3.5f);
            p.add(sup);
        }
        PdfPCell cell = new PdfPCell(p);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(ctx.theme.colors().rule());
        cell.setBorderWidth(0.25f);
        cell.setPadding(4);
        cell.setLeading(0, 1.2f);
        cell.setHorizontalAlignment(alignment(c));
        if (zebra) {
            cell.setBackgroundColor(ctx.theme.colors().zebra());
        }
        if (rtl) {
            cell.setRunDirection(com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_RTL);
        }
        return cell;
    }

    private static int alignment(Column c) {
        return c.type().isNumeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }

    /**
     * Column widths in points: shares by type (text wider than numbers), but never narrower than
     * the longest word of the header, so "Release" is not broken into "Relea se".
     */
    static float[] widths(RenderContext ctx, List<Column> columns) {
        Font headerFont = ctx.type.font(Typography.Role.TABLE_HEADER);
        float total = ctx.width();
        float weights = 0;
        for (Column c : columns) {
            weights += weight(c);
        }
        float[] min = new float[columns.size()];
        float[] w = new float[columns.size()];
        float sum = 0;
        for (int i = 0; i < w.length; i++) {
            for (String word : ColumnHeadings.of(columns.get(i)).split("\\s+")) {
                min[i] = Math.max(min[i], headerFont.getBaseFont().getWidthPoint(word, headerFont.getSize()) + 12);
            }
            w[i] = Math.max(min[i], total * weight(columns.get(i)) / weights);
            sum += w[i];
        }
        float excess = sum - total;
        float slack = 0;
        for (int i = 0; i < w.length; i++) {
            slack += w[i] - min[i];
        }
        if (excess > 0 && slack > 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] -= excess * (w[i] - min[i]) / slack;
            }
        }
        return w;
    }

    /** Relative column width: text columns get more room than numbers and years. */
    private static float weight(Column c) {
        return switch (c.type()) {
            case STRING -> 3f;
            case YEAR, DATE -> 1f;
            default -> 1.4f;
        };
    }
}
