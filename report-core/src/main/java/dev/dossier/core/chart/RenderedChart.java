package dev.dossier.core.chart;

import com.lowagie.text.Image;
import java.util.List;

/**
 * A chart drawn as vector graphics, ready to add to an OpenPDF document, and what the reader
 * should be told about it.
 *
 * @param image the chart as a form XObject wrapped in an {@link Image}; its size is the
 *              requested width and the chosen height, in points
 * @param notes short sentences for the "Note:" line under the exhibit, such as
 *              "2 missing values (not found) left as gaps" or "Other = 43 smaller categories";
 *              empty when there is nothing to say; never null
 * @since 0.1
 */
public record RenderedChart(Image image, List<String> notes) {

    public RenderedChart {
        notes = List.copyOf(notes);
    }
}
