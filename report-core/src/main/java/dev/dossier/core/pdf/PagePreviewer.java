package dev.dossier.core.pdf;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.output.AtomicOutput;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Renders pages of a PDF to PNG images with PDFBox, for a quick look without a PDF viewer.
 *
 * <p>Files are named after the PDF and the page: {@code briefing.pdf} page 3 becomes
 * {@code briefing-p03.png} (page numbers take at least two digits, more for long documents).
 * Each image is written atomically. An A4 page at 60 dpi is 495 × 701 pixels
 * (sizes are rounded down).
 *
 * @since 0.1
 */
public final class PagePreviewer {

    /** The resolution used when none is given, in dots per inch. */
    public static final float DEFAULT_DPI = 60f;

    private PagePreviewer() {
    }

    /**
     * Renders the selected pages of {@code pdf} into {@code folder} (created if needed).
     *
     * @param password  the password of an encrypted PDF; null for none
     * @param dpi       resolution in dots per inch, from 10 to 600
     * @param onWritten told of each file as soon as it is written
     * @return the files written, in page order
     * @throws DossierException INPUT as {@link PdfFiles#open(Path, String)}, {@code DOS-PREVIEW-PAGES}
     *                          when a selected page lies beyond the document or the dpi is out of range;
     *                          FAILURE {@code DOS-RENDER-FAILED} when PDFBox cannot draw a page,
     *                          {@code DOS-OUTPUT} when an image cannot be written
     */
    public static List<Path> render(Path pdf, String password, PageSelection pages, Path folder, float dpi,
                                    Consumer<Path> onWritten) {
        if (!(dpi >= 10 && dpi <= 600)) {
            throw DossierException.input(ErrorCode.PREVIEW_PAGES, "--dpi " + dpi + ": expected 10 to 600 dots per inch");
        }
        try (PDDocument doc = PdfFiles.open(pdf, password)) {
            List<Integer> selected = pages.resolve(doc.getNumberOfPages());
            PDFRenderer renderer = new PDFRenderer(doc);
            String stem = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            int digits = Math.max(2, String.valueOf(doc.getNumberOfPages()).length());
            List<Path> written = new ArrayList<>();
            for (int page : selected) {
                BufferedImage image = draw(renderer, page, dpi, pdf);
                Path target = folder.resolve(String.format("%s-p%0" + digits + "d.png", stem, page));
                AtomicOutput.write(target, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer available");
                    }
                });
                written.add(target);
                onWritten.accept(target);
            }
            return written;
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.PDF_UNREADABLE, pdf + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static BufferedImage draw(PDFRenderer renderer, int page, float dpi, Path pdf) {
        try {
            return renderer.renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            throw DossierException.failure(ErrorCode.RENDER_FAILED, pdf + ": page " + page + " cannot be drawn ("
                    + e.getMessage() + ")", e);
        }
    }
}
