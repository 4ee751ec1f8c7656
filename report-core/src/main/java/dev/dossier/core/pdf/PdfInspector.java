package dev.dossier.core.pdf;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a PDF says about itself — metadata, PDF/A claim, pages and their sizes, outline,
 * fonts, encryption and image count — without changing the file.
 *
 * <p>Fonts and images are collected from every page's resources and, recursively, from the
 * form XObjects they use (charts are drawn as forms). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PdfInspector {

    private PdfInspector() {
    }

    /**
     * Inspects the PDF at {@code file}.
     *
     * @param password the password of an encrypted PDF; null for none
     * @throws DossierException INPUT as {@link PdfFiles#open(Path, String)}; FAILURE
     *                          {@code DOS-PDF-UNREADABLE} when a part of the file cannot be read
     */
    public static PdfSummary inspect(Path file, String password) {
        try (PDDocument doc = PdfFiles.open(file, password)) {
            return summarise(doc, file.toString());
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.PDF_UNREADABLE, file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Summarises an open document; {@code name} is what the summary calls the file. */
    public static PdfSummary summarise(PDDocument doc, String name) throws IOException {
        Set<PdfSummary.FontInfo> fonts = new TreeSet<>(Comparator.comparing(PdfSummary.FontInfo::name)
                .thenComparing(PdfSummary.FontInfo::type));
        Set<COSBase> images = Collections.newSetFromMap(new IdentityHashMap<>());
        ResourceWalker.walk(doc, resources -> {
            for (COSName fontName : resources.getFontNames()) {
                PDFont font = resources.getFont(fontName);
                if (font != null) {
                    fonts.add(font(font));
                }
            }
            for (COSName x : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(x);
                if (object instanceof PDImageXObject image) {
                    images.add(image.getCOSObject());
                }
            }
        });
        return new PdfSummary(name, version(doc), info(doc), PdfAClaim.of(doc).map(PdfAClaim::label).orElse(null),
                doc.getNumberOfPages(), sizes(doc), OutlineReader.read(doc), new ArrayList<>(fonts),
                encryption(doc), images.size(),
                tagged(doc), PdfUaIdentification.claim(doc).orElse(null));
    }

    private static boolean tagged(PDDocument doc) {
        var catalog = doc.getDocumentCatalog();
        return catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked() && catalog.getStructureTreeRoot() != null;
    }

    private static String version(PDDocument doc) {
        return String.valueOf(doc.getVersion());
    }

    private static PdfSummary.Info info(PDDocument doc) {
        PDDocumentInformation i = doc.getDocumentInformation();
        return new PdfSummary.Info(i.getTitle(), i.getAuthor(), i.getSubject(), i.getKeywords(), i.getCreator(),
                i.getProducer(), doc.getDocumentCatalog().getLanguage(), instant(i.getCreationDate()),
                instant(i.getModificationDate()));
    }

    private static Instant instant(Calendar c) {
        return c == null ? null : c.toInstant();
    }

    private static List<PdfSummary.PageSize> sizes(PDDocument doc) {
        Map<String, float[]> sizes = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PDPage page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            boolean turned = page.getRotation() % 180 != 0;
            float w = turned ? box.getHeight() : box.getWidth();
            float h = turned ? box.getWidth() : box.getHeight();
            String key = Math.round(w * 10) + "x" + Math.round(h * 10);
            sizes.putIfAbsent(key, new float[] {w, h});
            counts.merge(key, 1, Integer::sum);
        }
        List<PdfSummary.PageSize> out = new ArrayList<>();
        sizes.forEach((k, wh) -> out.add(new PdfSummary.PageSize(wh[0], wh[1], counts.get(k))));
        return out;
    }

    private static PdfSummary.FontInfo font(PDFont font) {
        String name = font.getName() == null ? "(unnamed)" : font.getName();
        String type = font.getCOSObject().getNameAsString(COSName.SUBTYPE);
        if (font instanceof PDType0Font t0 && t0.getDescendantFont() != null) {
            type = type + " (" + t0.getDescendantFont().getCOSObject().getNameAsString(COSName.SUBTYPE) + ")";
        }
        return new PdfSummary.FontInfo(name, type == null ? "unknown" : type, font.isEmbedded(),
                name.matches("^[A-Z]{6}\\+.+"));
    }

    private static PdfSummary.Encryption encryption(PDDocument doc) {
        if (!doc.isEncrypted()) {
            return new PdfSummary.Encryption(false, 0, null);
        }
        PDEncryption e = doc.getEncryption();
        return new PdfSummary.Encryption(true, e.getLength(), e.getFilter());
    }
}
