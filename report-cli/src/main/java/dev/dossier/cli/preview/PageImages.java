package dev.dossier.cli.preview;

import dev.dossier.core.pdf.PagePreviewer;
import dev.dossier.core.pdf.PageSelection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of one rendering as PNG images, drawn by {@link PagePreviewer} when the browser first
 * asks for a page (it asks for the pages in view first) and kept for later requests.
 *
 * <p>Thread-safe: requests for pages arrive on the server's threads.
 */
final class PageImages {

    private final Rendering rendering;
    private final float dpi;
    private final Map<Integer, byte[]> drawn = new HashMap<>();

    PageImages(Rendering rendering, float dpi) {
        this.rendering = rendering;
        this.dpi = dpi;
    }

    Rendering rendering() {
        return rendering;
    }

    /**
     * The PNG bytes of a page.
     *
     * @param page 1-based
     * @throws dev.dossier.core.error.DossierException as {@link PagePreviewer#render} does, e.g. for a page beyond the document
     */
    synchronized byte[] png(int page) {
        byte[] png = drawn.get(page);
        if (png == null) {
            Path folder = rendering.pdf().getParent();
            List<Path> files = PagePreviewer.render(rendering.pdf(), null, PageSelection.parse(String.valueOf(page)), folder,
                    dpi, file -> { });
            try {
                png = Files.readAllBytes(files.get(0));
                Files.delete(files.get(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            drawn.put(page, png);
        }
        return png;
    }
}
