package dev.dossier.core.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The PDF/UA-1 identification in an XMP packet: {@code pdfuaid:part} 1, and the PDF/A extension
 * schema that declares the {@code pdfuaid} namespace, without which a PDF/A validator rejects
 * the property as unknown. XMPBox has no PDF/UA schema, so the description is added, and read, as text.
 */
final class PdfUaIdentification {

    private static final String NS = "http://www.aiim.org/pdfua/ns/id/";
    private static final String DESCRIPTION = """
            <rdf:Description rdf:about="" xmlns:pdfuaid="%1$s">
            <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
             xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>%1$s</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            """.formatted(NS);

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile(
            "pdfuaid:part\\s*=\\s*[\"']\\s*(\\d+)|<pdfuaid:part>\\s*(\\d+)\\s*</pdfuaid:part>");

    private PdfUaIdentification() {
    }

    /** The PDF/UA part {@code doc} declares in its XMP ("PDF/UA-1"), or empty when it declares none. */
    static java.util.Optional<String> claim(org.apache.pdfbox.pdmodel.PDDocument doc) throws IOException {
        var metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return java.util.Optional.empty();
        }
        try (var in = metadata.exportXMPMetadata()) {
            var m = PART.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return m.find() ? java.util.Optional.of("PDF/UA-" + (m.group(1) != null ? m.group(1) : m.group(2)))
                    : java.util.Optional.empty();
        }
    }

    /**
     * The packet {@code xmp} with the PDF/UA-1 identification added.
     *
     * @throws IOException when the packet has no {@code rdf:RDF} element to add it to
     */
    static byte[] addTo(byte[] xmp) throws IOException {
        String text = new String(xmp, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</rdf:RDF>");
        if (end < 0) {
            throw new IOException("the XMP packet has no rdf:RDF element");
        }
        return (text.substring(0, end) + DESCRIPTION + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
