package dev.dossier.core.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PDF/A conformance a PDF declares in its XMP metadata ({@code pdfaid:part} and
 * {@code pdfaid:conformance}), such as part 1, level B for PDF/A-1b.
 *
 * <p>A claim is only what the file says about itself; whether it holds takes a validator such
 * as veraPDF.
 *
 * @param part        the PDF/A part: 1, 2, 3 or 4
 * @param conformance the level in upper case ("A", "B", "U"), or empty for parts without one (4)
 * @since 0.1
 */
public record PdfAClaim(int part, String conformance) {

    private static final Pattern PART = property("part");
    private static final Pattern CONFORMANCE = property("conformance");

    /** The claim of {@code doc}, or empty when its catalog carries no XMP or the XMP claims nothing. */
    public static Optional<PdfAClaim> of(PDDocument doc) throws IOException {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return Optional.empty();
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The claim in an XMP packet, written as attributes or as elements; empty when there is none. */
    static Optional<PdfAClaim> parse(String xmp) {
        Matcher part = PART.matcher(xmp);
        if (!part.find()) {
            return Optional.empty();
        }
        Matcher level = CONFORMANCE.matcher(xmp);
        String conformance = level.find() ? first(level).toUpperCase(java.util.Locale.ROOT) : "";
        return Optional.of(new PdfAClaim(Integer.parseInt(first(part)), conformance));
    }

    /** "PDF/A-1B", as validators and viewers print it. */
    public String label() {
        return "PDF/A-" + part + conformance;
    }

    private static Pattern property(String name) {
        return Pattern.compile("pdfaid:" + name + "\\s*=\\s*[\"']\\s*([A-Za-z0-9]+)\\s*[\"']|<pdfaid:" + name
                + ">\\s*([A-Za-z0-9]+)\\s*</pdfaid:" + name + ">");
    }

    private static String first(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
