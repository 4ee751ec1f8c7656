package dev.dossier.core.pdf;

import java.time.Instant;
import java.util.List;

/**
 * What {@link PdfInspector} found in a PDF: its metadata, pages, outline, fonts, encryption and
 * images. Strings are null where the PDF says nothing; lists are never null.
 *
 * @param file       the file name as given
 * @param pdfVersion the version in the header or catalog, such as "1.7"
 * @param metadata   the Info dictionary's entries and the catalog's language
 * @param pdfa       the PDF/A claim in the XMP metadata, such as "PDF/A-1B"; null when none
 * @param pages      the page count
 * @param pageSizes  the distinct page sizes in page order of first use
 * @param outline    the top-level outline (bookmark) entries, each with its children
 * @param fonts      every font used on any page or in any form XObject, sorted by name, each once
 * @param encryption whether and how the file is encrypted
 * @param images     the number of distinct image XObjects on all pages and in form XObjects
 * @param tagged     whether the catalog marks the file as tagged and it has a structure tree
 * @param pdfua      the PDF/UA claim in the XMP metadata, such as "PDF/UA-1"; null when none
 * @since 0.1
 */
public record PdfSummary(String file, String pdfVersion, Info metadata, String pdfa, int pages,
                         List<PageSize> pageSizes, List<OutlineEntry> outline, List<FontInfo> fonts,
                         Encryption encryption, int images, boolean tagged, String pdfua) {

    public PdfSummary {
        pageSizes = List.copyOf(pageSizes);
        outline = List.copyOf(outline);
        fonts = List.copyOf(fonts);
    }

    /**
     * The document's descriptive metadata.
     *
     * @param language the catalog's {@code /Lang}, a BCP 47 tag
     * @param created  {@code /CreationDate}; null when absent or unreadable
     * @param modified {@code /ModDate}; null when absent or unreadable
     */
    public record Info(String title, String author, String subject, String keywords, String creator,
                       String producer, String language, Instant created, Instant modified) {
    }

    /**
     * A page size in PDF points (1/72 inch), from the page's media box as rotated for display.
     *
     * @param pages how many pages have this size
     */
    public record PageSize(float width, float height, int pages) {

        /** Width and height in millimetres, rounded. */
        public String millimetres() {
            return Math.round(width * 25.4f / 72f) + " × " + Math.round(height * 25.4f / 72f) + " mm";
        }
    }

    /**
     * One outline (bookmark) entry.
     *
     * @param page     the 1-based page it leads to; 0 when it leads to no page of this document
     * @param children nested entries, in order
     */
    public record OutlineEntry(String title, int page, List<OutlineEntry> children) {

        public OutlineEntry {
            children = List.copyOf(children);
        }
    }

    /**
     * A font.
     *
     * @param name     the PostScript name including any subset tag ({@code ABCDEF+LiberationSans})
     * @param type     the font type, such as "Type0 (CIDFontType2)", "TrueType", "Type1"
     * @param embedded whether the font program is in the file
     * @param subset   whether the name carries a subset tag
     */
    public record FontInfo(String name, String type, boolean embedded, boolean subset) {
    }

    /**
     * Encryption.
     *
     * @param keyLength the key length in bits (40, 128, 256); 0 when not encrypted
     * @param filter    the security handler, such as "Standard"; null when not encrypted
     */
    public record Encryption(boolean encrypted, int keyLength, String filter) {
    }
}
