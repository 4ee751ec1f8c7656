package dev.dossier.core.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides where a table breaks across pages: rows are never split (unless one row alone is taller
 * than a page), and each page keeps at least {@value #KEEP} rows of the table, so a page never
 * ends with a heading and a row or two, nor starts with a lone last row.
 *
 * <p>Heights are in points. The header row repeats on every page the table spans.
 */
final class TableBreaks {

    /** Rows kept together on each side of a break. */
    static final int KEEP = 3;

    private TableBreaks() {
    }

    /**
     * The plan: whether the table must start on a new page, and the body rows on each page.
     *
     * @param startOnNewPage the table (with its heading) goes to the next page
     * @param pages          for each page the table spans, the number of body rows it holds
     */
    record Plan(boolean startOnNewPage, List<Integer> pages) {
    }

    /**
     * @param rows    the height of each body row
     * @param header  the height of the header row (repeated on each page)
     * @param lead    what must stand on the first page above the header (heading, spacing)
     * @param trailer what must follow the last row on its page (source and note lines)
     * @param space   the room left on the current page
     * @param page    the room on an empty page
     */
    static Plan plan(float[] rows, float header, float lead, float trailer, float space, float page) {
        int n = rows.length;
        List<Integer> here = fill(rows, header, lead, trailer, space, page);
        int keepFirst = Math.min(KEEP, n);
        boolean newPage = here.get(0) < keepFirst && space < page;
        List<Integer> pages = newPage ? fill(rows, header, lead, trailer, page, page) : here;
        return new Plan(newPage, balanceLast(pages, rows, header, trailer, page));
    }

    /** Greedy filling: as many whole rows as fit on each page; the last page must also hold the trailer. */
    private static List<Integer> fill(float[] rows, float header, float lead, float trailer, float first, float page) {
        List<Integer> pages = new ArrayList<>();
        float room = first - lead - header;
        int count = 0;
        for (int i = 0; i < rows.length; i++) {
            float need = rows[i] + (i == rows.length - 1 ? trailer : 0);
            if (need > room && (count > 0 || room < page - header)) {
                pages.add(count);
                count = 0;
                room = page - header;
            }
            room -= rows[i];
            count++;
        }
        pages.add(count);
        return pages;
    }

    /** Moves rows from the second-last page to the last until the last holds {@link #KEEP} rows, if the one before keeps as many. */
    private static List<Integer> balanceLast(List<Integer> pages, float[] rows, float header, float trailer, float page) {
        List<Integer> out = new ArrayList<>(pages);
        int last = out.size() - 1;
        if (last < 1) {
            return out;
        }
        while (out.get(last) < KEEP && out.get(last - 1) > KEEP) {
            int moved = start(out, last) - 1;
            float used = header + trailer;
            for (int i = moved; i < rows.length; i++) {
                used += rows[i];
            }
            if (used > page) {
                break;
            }
            out.set(last - 1, out.get(last - 1) - 1);
            out.set(last, out.get(last) + 1);
        }
        return out;
    }

    /** The index of the first row on page {@code p}. */
    private static int start(List<Integer> pages, int p) {
        int i = 0;
        for (int k = 0; k < p; k++) {
            i += pages.get(k);
        }
        return i;
    }
}
