package dev.dossier.core.chart;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;

public final class ChartRenderer {
    public ChartRenderer(ChartStyle style) {
    }

    public RenderedChart render(com.lowagie.text.pdf.PdfWriter writer, ChartSpec spec, ChartData data, float widthPt) {
        PdfTemplate t = writer.getDirectContent().createTemplate(widthPt, spec.heightPt());
        t.rectangle(0, 0, widthPt, spec.heightPt());
        t.stroke();
        try {
            return new RenderedChart(Image.getInstance(t), java.util.List.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
