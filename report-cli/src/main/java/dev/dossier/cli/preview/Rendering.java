package dev.dossier.cli.preview;

import dev.dossier.core.pdf.PdfSummary;

import java.nio.file.Path;
import java.util.List;

/**
 * A successful render of the previewed template: the finished PDF and what the page shows of it.
 *
 * @param number  which render this was, counting from 1 (failed renders count too)
 * @param pdf     the PDF, in the preview's work folder; deleted when a newer render replaces it
 * @param title   the PDF's title
 * @param pages   each page's size in PDF points, in page order
 * @param outline the PDF's outline (bookmarks)
 */
record Rendering(int number, Path pdf, String title, List<PageSize> pages, List<PdfSummary.OutlineEntry> outline) {

    /** A page's width and height in PDF points (1/72 inch), as displayed. */
    record PageSize(float width, float height) {
    }

    Rendering {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
    }
}
