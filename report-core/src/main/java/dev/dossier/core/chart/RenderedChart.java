package dev.dossier.core.chart;

public record RenderedChart(com.lowagie.text.Image image, java.util.List<String> notes) {
}
