package dev.dossier.core.layout;

import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import dev.dossier.core.chart.RenderedChart;
import dev.dossier.core.resolve.ResolvedBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a resolved exhibit: label and finding, subtitle, the vector chart, then the source and
 * note lines. The whole exhibit is kept on one page.
 */
final class ExhibitWriter {

    private ExhibitWriter() {
    }

    static void write(RenderContext ctx, ResolvedBlock.Exhibit exhibit) {
        ctx.keepSpace(exhibit.spec().heightPt() + 120); // heading, chart, source and note lines stay together
        ctx.add(SourceLine.heading(ctx, exhibit.label(), exhibit.spec().title(), exhibit.spec().subtitle()));
        RenderedChart chart = ctx.charts.render(ctx.writer, exhibit.spec(), exhibit.data(), ctx.width());
        Image image = chart.image();
        image.setAlignment(Image.ALIGN_LEFT);
        ctx.tags.figure(image, exhibit.alt());
        ctx.add(SourceLine.sources(ctx, exhibit.sources()));
        List<String> notes = new ArrayList<>(exhibit.notes());
        notes.addAll(chart.notes());
        Paragraph noteLine = SourceLine.notes(ctx, notes);
        if (noteLine != null) {
            ctx.add(noteLine);
        }
    }
}
