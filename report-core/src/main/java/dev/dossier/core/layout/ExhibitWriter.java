package dev.dossier.core.layout;

import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import dev.dossier.api.Column;
import dev.dossier.api.Dataset;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.core.chart.ChartData;
import dev.dossier.core.chart.ChartSpec;
import dev.dossier.core.chart.ChartType;
import dev.dossier.core.chart.RenderedChart;
import dev.dossier.core.format.ColumnHeadings;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.core.template.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a chart block as a numbered exhibit: label and finding, subtitle, the vector chart,
 * then the source and note lines. The whole exhibit is kept on one page.
 */
final class ExhibitWriter {

    /** Chart height when the template gives none, in points. */
    static final float DEFAULT_HEIGHT = 210f;

    private ExhibitWriter() {
    }

    static void write(RenderContext ctx, Block.Chart block) {
        Dataset dataset = ctx.data.dataset(block.data());
        List<Row> rows = ctx.data.materialise(block.data());
        float height = block.height() == null ? DEFAULT_HEIGHT : block.height();
        ctx.keepSpace(height + 120); // heading, chart, source and note lines stay together

        String label = ctx.nextExhibit();
        ctx.add(SourceLine.heading(ctx, label, block.title(), block.subtitle()));
        ChartSpec spec = new ChartSpec(ChartType.valueOf(block.type().toUpperCase(Locale.ROOT).replace('-', '_')),
                block.x(), block.y(), block.series(), block.title(), block.subtitle(),
                block.axis() != null ? block.axis() : axisLabel(dataset, block.y()),
                block.logScale(), block.topN(), height);
        RenderedChart chart = ctx.charts.render(ctx.writer, spec, new ChartData(dataset.descriptor(), rows), ctx.width());
        Image image = chart.image();
        image.setAlignment(Image.ALIGN_LEFT);
        ctx.add(image);

        List<Provenance> used = rows.isEmpty() ? dataset.provenance() : rows.stream().map(Row::provenance).toList();
        ctx.add(SourceLine.sources(ctx, used, label));
        List<String> notes = new ArrayList<>();
        notes.add(block.note());
        notes.add(confidenceNote(rows, block.x(), block.y()));
        notes.addAll(chart.notes());
        Paragraph noteLine = SourceLine.notes(ctx, notes);
        if (noteLine != null) {
            ctx.add(noteLine);
        }
    }

    /** The value axis label: the first value column's heading, or just the unit when several columns share the axis. */
    private static String axisLabel(Dataset dataset, List<String> y) {
        Column c = dataset.descriptor().column(y.get(0)).orElseThrow();
        return y.size() > 1 && !c.unit().isEmpty() ? c.unit() : ColumnHeadings.of(c);
    }

    /** Says which plotted figures are estimates or blog-post claims, naming the categories. */
    private static String confidenceNote(List<Row> rows, String x, List<String> y) {
        List<String> estimates = new ArrayList<>();
        List<String> blog = new ArrayList<>();
        for (Row r : rows) {
            for (String col : y) {
                int i = r.descriptor().indexOf(col);
                String mark = ConfidenceMarks.mark(r, i);
                String name = r.text(x);
                if (mark.equals(ConfidenceMarks.ESTIMATE) && !estimates.contains(name)) {
                    estimates.add(name);
                } else if (mark.equals(ConfidenceMarks.BLOG_POST) && !blog.contains(name)) {
                    blog.add(name);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!estimates.isEmpty()) {
            sb.append("Estimates: ").append(String.join(", ", estimates)).append('.');
        }
        if (!blog.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append("From a blog post, not independently confirmed: ")
                    .append(String.join(", ", blog)).append('.');
        }
        return sb.toString();
    }
}
