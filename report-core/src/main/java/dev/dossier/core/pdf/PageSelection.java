package dev.dossier.core.pdf;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A set of 1-based page numbers written as ranges: {@code 1-3}, {@code 2}, {@code 1,4-5}. An empty
 * or absent selection means every page.
 *
 * @since 0.1
 */
public final class PageSelection {

    private final String text;
    private final List<int[]> ranges;

    private PageSelection(String text, List<int[]> ranges) {
        this.text = text;
        this.ranges = ranges;
    }

    /** Every page of the document. */
    public static PageSelection all() {
        return new PageSelection("", List.of());
    }

    /**
     * A selection such as {@code 1,4-5}; checked against a document by {@link #resolve(int)}.
     *
     * @param text comma-separated page numbers and {@code FROM-TO} ranges; null or blank for every page
     * @throws DossierException INPUT {@code DOS-PREVIEW-PAGES} when the text is not of that form
     */
    public static PageSelection parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return all();
        }
        List<int[]> ranges = new ArrayList<>();
        for (String part : t.split(",", -1)) {
            String range = part.strip();
            if (!range.matches("\\d{1,9}(\\s*-\\s*\\d{1,9})?")) {
                throw bad(t, "'" + range + "' is not a page number or a range such as 2-4");
            }
            String[] ends = range.split("\\s*-\\s*");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to < from) {
                throw bad(t, "'" + range + "' is not a range of pages counted from 1 upwards");
            }
            ranges.add(new int[] {from, to});
        }
        return new PageSelection(t, List.copyOf(ranges));
    }

    /**
     * The selected pages of a document of {@code pageCount} pages, ascending, each once.
     *
     * @throws DossierException INPUT {@code DOS-PREVIEW-PAGES} when a page lies beyond the document
     */
    public List<Integer> resolve(int pageCount) {
        TreeSet<Integer> pages = new TreeSet<>();
        if (ranges.isEmpty()) {
            for (int p = 1; p <= pageCount; p++) {
                pages.add(p);
            }
        }
        for (int[] r : ranges) {
            if (r[1] > pageCount) {
                throw bad(text, "page " + r[1] + " is beyond the document, which has " + pageCount
                        + (pageCount == 1 ? " page" : " pages"));
            }
            for (int p = r[0]; p <= r[1]; p++) {
                pages.add(p);
            }
        }
        return List.copyOf(pages);
    }

    private static DossierException bad(String text, String what) {
        return DossierException.input(ErrorCode.PREVIEW_PAGES, "--pages " + text + ": " + what);
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "all pages" : text;
    }
}
