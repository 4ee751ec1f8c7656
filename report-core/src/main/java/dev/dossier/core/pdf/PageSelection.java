package dev.dossier.core.pdf;

import dev.dossier.core.DossierException;

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

    private PageSelection(String text) {
        this.text = text;
    }

    /** Every page of the document. */
    public static PageSelection all() {
        return new PageSelection("");
    }

    /**
     * A selection such as {@code 1,4-5}; checked against a document by {@link #resolve(int)}.
     *
     * @param text comma-separated page numbers and {@code FROM-TO} ranges; null or blank for every page
     * @throws DossierException INPUT {@code DOS-PREVIEW-PAGES} when the text is not of that form
     */
    public static PageSelection parse(String text) {
        PageSelection s = new PageSelection(text == null ? "" : text.strip());
        s.resolve(Integer.MAX_VALUE);
        return s;
    }

    /**
     * The selected pages of a document of {@code pageCount} pages, ascending, each once.
     *
     * @throws DossierException INPUT {@code DOS-PREVIEW-PAGES} when the text is malformed or a page
     *                          lies beyond the document
     */
    public List<Integer> resolve(int pageCount) {
        TreeSet<Integer> pages = new TreeSet<>();
        if (text.isEmpty()) {
            for (int p = 1; p <= pageCount; p++) {
                pages.add(p);
            }
            return List.copyOf(pages);
        }
        for (String part : text.split(",", -1)) {
            String range = part.strip();
            if (!range.matches("\\d{1,9}(\\s*-\\s*\\d{1,9})?")) {
                throw bad("'" + range + "' is not a page number or a range such as 2-4");
            }
            String[] ends = range.split("\\s*-\\s*");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to < from) {
                throw bad("'" + range + "' is not a range of pages counted from 1 upwards");
            }
            if (to > pageCount) {
                throw bad("page " + to + " is beyond the document, which has " + pageCount
                        + (pageCount == 1 ? " page" : " pages"));
            }
            for (int p = from; p <= to; p++) {
                pages.add(p);
            }
        }
        return List.copyOf(pages);
    }

    private DossierException bad(String what) {
        return DossierException.input("DOS-PREVIEW-PAGES", "--pages " + text + ": " + what);
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "all pages" : text;
    }
}
