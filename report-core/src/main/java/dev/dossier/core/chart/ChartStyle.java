package dev.dossier.core.chart;

public record ChartStyle(java.awt.Color text, java.awt.Color muted, java.awt.Color grid, java.awt.Color background,
                         java.awt.Color highlight, java.util.List<java.awt.Color> palette,
                         java.util.Map<String, java.awt.Color> entityColors, java.util.Set<String> highlightEntities,
                         ChartFonts fonts) {
}
