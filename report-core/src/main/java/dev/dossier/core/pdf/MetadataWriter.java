package dev.dossier.core.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Writes metadata into the Info dictionary, then rebuilds the XMP stream from it so that both
 * say the same (the pairs PDF/A-1 checks: Title/dc:title, Author/dc:creator,
 * Subject/dc:description, Keywords/pdf:Keywords, Creator/xmp:CreatorTool, Producer/pdf:Producer,
 * CreationDate/xmp:CreateDate, ModDate/xmp:ModifyDate). A PDF/A claim already in the XMP is kept.
 */
final class MetadataWriter {

    /** One per thread: building one sets up an XML document builder, a few per cent of a short report. */
    private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(XmpSerializer::new);

    private MetadataWriter() {
    }

    static void write(PDDocument doc, Metadata m, Instant date, Optional<PdfAClaim> claim, boolean pdfua)
            throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        if (m.title() != null) {
            info.setTitle(m.title());
        }
        if (m.author() != null) {
            info.setAuthor(m.author());
        }
        if (m.subject() != null) {
            info.setSubject(m.subject());
        }
        if (m.keywords() != null) {
            info.setKeywords(String.join(", ", m.keywords()));
        }
        if (m.creator() != null) {
            info.setCreator(m.creator());
        }
        if (date != null) {
            info.setCreationDate(utc(date));
            info.setModificationDate(utc(date));
        }
        doc.setDocumentInformation(info);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (m.language() != null) {
            catalog.setLanguage(Locale.forLanguageTag(m.language()).toLanguageTag());
        }
        PDMetadata stream = new PDMetadata(doc);
        byte[] xmp = xmp(info, catalog.getLanguage(), claim);
        stream.importXMPMetadata(pdfua ? PdfUaIdentification.addTo(xmp) : xmp);
        if (pdfua) {
            catalog.setViewerPreferences(viewerPreferences(catalog));
        }
        catalog.setMetadata(stream);
    }

    private static byte[] xmp(PDDocumentInformation info, String language, Optional<PdfAClaim> claim) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        if (info.getTitle() != null) {
            dc.setTitle(info.getTitle());
        }
        if (info.getAuthor() != null) {
            dc.addCreator(info.getAuthor());
        }
        if (info.getSubject() != null) {
            dc.setDescription(info.getSubject());
        }
        if (language != null && !language.isBlank()) {
            dc.addLanguage(language);
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        if (info.getCreator() != null) {
            basic.setCreatorTool(info.getCreator());
        }
        if (info.getCreationDate() != null) {
            basic.setCreateDate(info.getCreationDate());
        }
        if (info.getModificationDate() != null) {
            basic.setModifyDate(info.getModificationDate());
            basic.setMetadataDate(info.getModificationDate());
        }
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        if (info.getProducer() != null) {
            pdf.setProducer(info.getProducer());
        }
        if (info.getKeywords() != null) {
            pdf.setKeywords(info.getKeywords());
        }
        if (claim.isPresent()) {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(claim.get().part());
            try {
                if (!claim.get().conformance().isEmpty()) {
                    id.setConformance(claim.get().conformance());
                }
            } catch (BadFieldValueException e) {
                throw new IOException("PDF/A conformance '" + claim.get().conformance() + "' is not valid", e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SERIALIZER.get().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write XMP metadata: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The viewer preferences with the document title shown in the title bar, as PDF/UA asks. */
    private static org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences viewerPreferences(
            PDDocumentCatalog catalog) {
        var prefs = catalog.getViewerPreferences();
        if (prefs == null) {
            prefs = new org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences(
                    new org.apache.pdfbox.cos.COSDictionary());
        }
        prefs.setDisplayDocTitle(true);
        return prefs;
    }

    private static Calendar utc(Instant at) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(at.toEpochMilli());
        return c;
    }
}
