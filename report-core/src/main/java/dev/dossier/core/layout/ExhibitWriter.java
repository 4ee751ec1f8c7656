package dev.dossier.core.layout;

import com.lowagie.text.Element;
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
        List<Element> parts = ctx.exhibitParts(exhibit, () -> parts(ctx, exhibit));
        ctx.keepSpace(height(ctx, exhibit)); // heading, chart, source and note lines stay together
        for (Element e : parts) {
            if (e instanceof Image image) {
                ctx.tags.figure(image, exhibit.alt());
            } else {
                ctx.add(e);
            }
        }
    }

    /** The height of the whole exhibit, in points. */
    static float height(RenderContext ctx, ResolvedBlock.Exhibit exhibit) {
        List<Element> parts = ctx.exhibitParts(exhibit, () -> parts(ctx, exhibit));
        float h = 0;
        List<Element> text = new ArrayList<>();
        for (Element e : parts) {
            if (e instanceof Image image) {
                // the page sets an image on a line of its own, a body line's leading more than the image
                h += image.getScaledHeight() + ctx.type.bodySize() * 1.5f;
            } else {
                text.add(e);
            }
        }
        return h + Heights.of(ctx.width(), text);
    }

    /** Reports label characters no font has (the chart prints them as a placeholder), naming the row and column. */
    private static void checkLabels(RenderContext ctx, ResolvedBlock.Exhibit exhibit) {
        var d = exhibit.data().descriptor();
        int r = 0;
        for (var row : exhibit.data().rows()) {
            r++;
            for (String column : new String[] {exhibit.spec().x(), exhibit.spec().series()}) {
                if (column != null && d.indexOf(column) >= 0 && row.get(column) instanceof String label) {
                    Object key = row.get(0);
                    ctx.checkGlyphs(label, exhibit.label() + ", dataset '" + exhibit.ref() + "', row " + r
                            + (key == null ? "" : " ('" + key + "')") + ", column '" + column + "'");
                }
            }
        }
    }

    /** Draws the chart (as a form, placed later) and the lines around it. */
    private static List<Element> parts(RenderContext ctx, ResolvedBlock.Exhibit exhibit) {
        List<Element> parts = new ArrayList<>();
        parts.add(SourceLine.heading(ctx, exhibit.label(), exhibit.spec().title(), exhibit.spec().subtitle()));
        checkLabels(ctx, exhibit);
        RenderedChart chart = ctx.charts.render(ctx.writer, exhibit.spec(), exhibit.data(), ctx.width());
        Image image = chart.image();
        image.setAlignment(Image.ALIGN_LEFT);
        parts.add(image);
        parts.add(SourceLine.sources(ctx, exhibit.sources()));
        List<String> notes = new ArrayList<>(exhibit.notes());
        notes.addAll(chart.notes());
        Paragraph noteLine = SourceLine.notes(ctx, notes);
        if (noteLine != null) {
            parts.add(noteLine);
        }
        return parts;
    }
}
