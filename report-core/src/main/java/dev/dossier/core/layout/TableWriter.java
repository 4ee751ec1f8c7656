package dev.dossier.core.layout;

import dev.dossier.core.format.ConfidenceMarks;

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

import com.lowagie.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a resolved table: a tinted header row that repeats on every page the table spans, thin
 * rules, zebra rows, numbers right-aligned with units in the header, confidence marks on
 * estimates, then the source and note lines.
 *
 * <p>A table of up to a few hundred rows is measured before it is drawn: its column widths come
 * from its content ({@link ColumnWidths}) and its page breaks from {@link TableBreaks}, so no row
 * is split and no page holds a stray row or two. Longer tables stream from the stored dataset
 * and are flushed to the page in chunks, so they are laid out in bounded memory; their widths come
 * from column types and header words alone.
 *
 * <p>No column is ever dropped: a token wider than its column wraps inside its cell, and a table
 * whose headers and figures cannot all fit the page unbroken is squeezed and reported as a warning
 * naming the table and its template line ({@link #tooWide}).
 */
final class TableWriter {

    /** Rows laid out per flush of a streaming table. */
    private static final int FLUSH_EVERY = 100;

    /** Tables up to this many rows are measured first, so their page breaks follow {@link TableBreaks}. */
    private static final int PLANNED_ROWS = 300;

    private TableWriter() {
    }

    static void write(RenderContext ctx, ResolvedBlock.Table block) {
        if (block.rowCount() > PLANNED_ROWS) {
            streamed(ctx, block);
            return;
        }
        Paragraph heading = SourceLine.heading(ctx, block.label(), block.title(), block.subtitle());
        List<Element> trailer = trailer(ctx, block);
        List<PdfPCell[]> rows = cells(ctx, block, true);
        int count = rows.size() - 1;
        if (count == 0) {
            streamed(ctx, block);
            return;
        }
        ColumnWidths.Plan planned = ColumnWidths.of(rows, numeric(block.columns()), ctx.width());
        if (!planned.fits()) {
            ctx.warnings.add(tooWide(block, planned.minimum(), ctx.width()));
        }
        float[] widths = planned.widths();
        PdfPTable whole = table(widths, rows, 0, rows.size() - 1);
        whole.setTotalWidth(ctx.width());
        whole.setLockedWidth(true);
        float[] heights = new float[count];
        for (int r = 0; r < count; r++) {
            heights[r] = whole.getRowHeight(r + 1);
        }
        TableBreaks.Plan plan = TableBreaks.plan(heights, whole.getRowHeight(0) + whole.spacingBefore(),
                Heights.of(ctx.width(), List.of(heading)), Heights.of(ctx.width(), trailer), ctx.spaceLeft(),
                ctx.pageHeight());
        if (plan.startOnNewPage()) {
            ctx.document.newPage();
        }
        ctx.add(heading);
        int at = 0;
        int page = ctx.writer.getPageNumber();
        for (int p = 0; p < plan.pages().size(); p++) {
            int k = plan.pages().get(p);
            if (k == 0) {
                continue;
            }
            // a planned break, unless the page already turned inside the last part (a row taller than planned)
            if (at > 0 && ctx.writer.getPageNumber() == page) {
                ctx.document.newPage();
            }
            page = ctx.writer.getPageNumber();
            ctx.add(table(widths, rows, at, k));
            at += k;
        }
        trailer.forEach(ctx::add);
    }

    /**
     * The height of the whole table with its title, source and note lines, in points, as laid out
     * on one page; a table too long to measure counts as taller than any page.
     */
    static float height(RenderContext ctx, ResolvedBlock.Table block) {
        if (block.rowCount() > PLANNED_ROWS) {
            return Float.MAX_VALUE;
        }
        List<PdfPCell[]> rows = cells(ctx, block, false);
        PdfPTable whole = table(ColumnWidths.of(rows, numeric(block.columns()), ctx.width()).widths(), rows, 0,
                rows.size() - 1);
        List<Element> all = new ArrayList<>();
        all.add(SourceLine.heading(ctx, block.label(), block.title(), block.subtitle()));
        all.add(whole);
        all.addAll(trailer(ctx, block));
        return Heights.of(ctx.width(), all);
    }

    /** The header cells and one array of cells per row; {@code check} reports characters no font has. */
    private static List<PdfPCell[]> cells(RenderContext ctx, ResolvedBlock.Table block, boolean check) {
        List<Column> columns = block.columns();
        List<PdfPCell[]> rows = new ArrayList<>();
        rows.add(headerCells(ctx, columns));
        int count = 0;
        try (ResolvedBlock.RowsCursor cursor = block.rows().open()) {
            while (cursor.hasNext()) {
                ResolvedBlock.Cell[] cells = cursor.next();
                PdfPCell[] row = new PdfPCell[cells.length];
                for (int c = 0; c < cells.length; c++) {
                    if (check) {
                        ctx.checkGlyphs(cells[c].text(), where(block, count, cells, c));
                    }
                    row[c] = cell(ctx, cells[c].text(), cells[c].mark(), columns.get(c), count % 2 == 1);
                }
                rows.add(row);
                count++;
            }
        }
        return rows;
    }

    /**
     * Names a cell for a warning: dataset, row number and the row's key (its first column, what
     * the row is about) and column, e.g. {@code dataset 'companies/profiles', row 3 ('Zhipu AI'), column 'name_zh'}.
     */
    static String where(ResolvedBlock.Table block, int row, ResolvedBlock.Cell[] cells, int column) {
        String key = cells.length == 0 ? "" : cells[0].text();
        return "dataset '" + block.ref() + "', row " + (row + 1) + (key.isEmpty() ? "" : " ('" + key + "')")
                + ", column '" + block.columns().get(column).name() + "'";
    }

    /**
     * The warning for a table whose columns cannot all fit the page unbroken, e.g.
     * {@code t.yaml:12:9: Table 3 ('Patents by year') is too wide for the page: its 31 columns need 1,420 pt …}.
     */
    static String tooWide(ResolvedBlock.Table block, float need, float have) {
        String name = block.label() + (block.title() == null || block.title().isBlank() ? "" : " ('" + block.title() + "')");
        return block.location() + ": " + name + " is too wide for the page: its " + block.columns().size()
                + " columns need at least " + Math.round(need) + " pt to print every header word and figure unbroken,"
                + " the page gives " + Math.round(have) + " pt, so headers and figures break mid-word;"
                + " show fewer columns (columns: [...]) or split it into two tables (landscape pages are not supported)";
    }

    private static boolean[] numeric(List<Column> columns) {
        boolean[] numeric = new boolean[columns.size()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = columns.get(c).type().isNumeric();
        }
        return numeric;
    }

    /** The height of the table's title lines, in points. */
    static float headingHeight(RenderContext ctx, ResolvedBlock.Table block) {
        return Heights.of(ctx.width(), List.of(SourceLine.heading(ctx, block.label(), block.title(), block.subtitle())));
    }

    /** A table of the header and body rows {@code from} (0-based) to {@code from + count}. */
    private static PdfPTable table(float[] widths, List<PdfPCell[]> rows, int from, int count) {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        for (PdfPCell h : rows.get(0)) {
            table.addCell(h);
        }
        for (int r = from + 1; r <= from + count; r++) {
            for (PdfPCell c : rows.get(r)) {
                table.addCell(c);
            }
        }
        return table;
    }

    /** The source and note lines under a table. */
    private static List<Element> trailer(RenderContext ctx, ResolvedBlock.Table block) {
        List<Element> out = new ArrayList<>();
        out.add(SourceLine.sources(ctx, block.sources()));
        Paragraph notes = SourceLine.notes(ctx, block.notes());
        if (notes != null) {
            out.add(notes);
        }
        return out;
    }

    /** A table too long to hold: rows stream to the page in chunks; a row moves whole to the next page. */
    private static void streamed(RenderContext ctx, ResolvedBlock.Table block) {
        List<Column> columns = block.columns();
        ctx.keepSpace(110);
        ctx.add(SourceLine.heading(ctx, block.label(), block.title(), block.subtitle()));

        PdfPTable table = newTable(ctx, block);
        table.setComplete(false);
        int count = 0;
        try (ResolvedBlock.RowsCursor rows = block.rows().open()) {
            while (rows.hasNext()) {
                ResolvedBlock.Cell[] cells = rows.next();
                boolean zebra = count % 2 == 1;
                for (int c = 0; c < cells.length; c++) {
                    ctx.checkGlyphs(cells[c].text(), where(block, count, cells, c));
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
        trailer(ctx, block).forEach(ctx::add);
    }

    private static PdfPTable newTable(RenderContext ctx, ResolvedBlock.Table block) {
        List<Column> columns = block.columns();
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        float[] widths = widths(ctx, columns);
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        if (sum > ctx.width() + 0.5f) {
            ctx.warnings.add(tooWide(block, sum, ctx.width()));
        }
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        for (PdfPCell h : headerCells(ctx, columns)) {
            table.addCell(h);
        }
        return table;
    }

    private static PdfPCell[] headerCells(RenderContext ctx, List<Column> columns) {
        PdfPCell[] cells = new PdfPCell[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            Column c = columns.get(i);
            PdfPCell h = new PdfPCell(ctx.type.phrase(ColumnHeadings.of(c), Typography.Role.TABLE_HEADER));
            h.setBackgroundColor(ctx.theme.colors().tableHeader());
            h.setBorder(Rectangle.BOTTOM);
            h.setBorderColor(ctx.theme.colors().primary());
            h.setBorderWidth(0.75f);
            h.setPadding(4);
            h.setPaddingBottom(5);
            h.setHorizontalAlignment(alignment(c));
            h.setVerticalAlignment(Element.ALIGN_BOTTOM);
            cells[i] = h;
        }
        return cells;
    }

    private static PdfPCell cell(RenderContext ctx, String text, String mark, Column c, boolean zebra) {
        boolean rtl = RightToLeft.isRightToLeft(text);
        Phrase p = rtl ? ctx.type.rightToLeftPhrase(text, Typography.Role.TABLE) : ctx.type.phrase(text, Typography.Role.TABLE);
        if (mark.equals(ConfidenceMarks.ESTIMATE) && !ctx.theme.estimateMark().raised()) {
            // the theme marks estimates in words, alike in tables and charts
            Font table = ctx.type.font(Typography.Role.TABLE);
            p.add(new Chunk(ctx.theme.estimateMark().afterFigure(), new Font(table.getBaseFont(), table.getSize() - 1, Font.NORMAL,
                    ctx.theme.highlight())));
        } else if (!mark.isEmpty()) {
            Font small = ctx.type.font(Typography.Role.CAPTION_BOLD);
            Chunk sup = new Chunk(mark, new Font(small.getBaseFont(), small.getSize() - 1, Font.NORMAL, ctx.theme.highlight()));
            sup.setTextRise(3.5f);
            p.add(sup);
        }
        for (Element e : p.getChunks()) {
            // a long URL or path wraps at its punctuation instead of widening or overflowing the column
            ((Chunk) e).setSplitCharacter(TokenBreaks.INSTANCE);
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
