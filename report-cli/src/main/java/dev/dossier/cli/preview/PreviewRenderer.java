package dev.dossier.cli.preview;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.pdf.PdfFiles;
import dev.dossier.core.pdf.PdfInspector;
import dev.dossier.core.pdf.PdfSummary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the previewed template to a PDF in a work folder through the engine, and reads back
 * from the finished PDF what the preview page shows (title, page sizes, outline).
 *
 * <p>Each render writes a new file, so the previous good one stays readable until it is replaced.
 * Not thread-safe: the preview renders on one thread.
 */
final class PreviewRenderer {

    private final ReportEngine engine;
    private final Path template;
    private final Map<String, String> parameters;
    private final String theme;
    private final Path work;

    /**
     * @param engine     an engine with a dataset cache, so unchanged data is not read again
     * @param parameters {@code -p} overrides
     * @param theme      a theme name or file overriding the template's; null to keep it
     * @param work       a private folder for the PDFs
     */
    PreviewRenderer(ReportEngine engine, Path template, Map<String, String> parameters, String theme, Path work) {
        this.engine = engine;
        this.template = template;
        this.parameters = Map.copyOf(parameters);
        this.theme = theme;
        this.work = work;
    }

    /**
     * Renders once.
     *
     * @param number the render's number, naming its PDF
     * @throws DossierException as {@link ReportEngine#generate} does
     */
    Rendering render(int number) {
        Path pdf = work.resolve("preview-" + number + ".pdf");
        engine.generate(GenerateRequest.builder(template, pdf).parameters(parameters).theme(theme).build());
        PdfSummary summary = PdfInspector.inspect(pdf, null);
        return new Rendering(number, pdf, summary.metadata().title(), pageSizes(pdf), summary.outline());
    }

    private static List<Rendering.PageSize> pageSizes(Path pdf) {
        try (PDDocument doc = PdfFiles.open(pdf, null)) {
            List<Rendering.PageSize> sizes = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                boolean turned = page.getRotation() % 180 != 0;
                sizes.add(new Rendering.PageSize(turned ? box.getHeight() : box.getWidth(),
                        turned ? box.getWidth() : box.getHeight()));
            }
            return sizes;
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.PDF_UNREADABLE, pdf + ": written but cannot be read back", e);
        }
    }

    /** Deletes a rendering's PDF once a newer one has replaced it. */
    static void discard(Rendering old) {
        try {
            Files.deleteIfExists(old.pdf());
        } catch (IOException e) {
            old.pdf().toFile().deleteOnExit();
        }
    }
}
