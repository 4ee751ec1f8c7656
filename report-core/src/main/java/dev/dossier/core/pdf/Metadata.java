package dev.dossier.core.pdf;

import java.util.List;

/**
 * Document metadata written by {@link PdfPostProcessor} into both the Info dictionary and the
 * XMP metadata stream, so that the two agree (PDF/A requires it).
 *
 * <p>Every field is optional: {@code null} keeps what the PDF already says. Text may use any
 * Unicode characters (a title such as "中国人工智能战略" is stored as UTF-16 in the Info
 * dictionary and as UTF-8 in XMP).
 *
 * @param title    the document title ({@code /Title}, {@code dc:title})
 * @param author   the author or issuing organisation ({@code /Author}, {@code dc:creator})
 * @param subject  a one-line description ({@code /Subject}, {@code dc:description})
 * @param keywords keywords; joined with ", " into {@code /Keywords} and {@code pdf:Keywords}; null keeps them
 * @param language the document language as a BCP 47 tag such as {@code en-US} or {@code zh-CN}
 *                 ({@code /Lang} in the catalog, {@code dc:language})
 * @param creator  the application that made the content ({@code /Creator}, {@code xmp:CreatorTool})
 * @since 0.1
 */
public record Metadata(String title, String author, String subject, List<String> keywords, String language,
                       String creator) {

    public Metadata {
        keywords = keywords == null ? null : List.copyOf(keywords);
    }

    /** Metadata that changes nothing. */
    public static Metadata keep() {
        return new Metadata(null, null, null, null, null, null);
    }
}
