package dev.dossier.core.chart;

public record ChartSpec(ChartType type, String x, java.util.List<String> y, String series, String title, String subtitle,
                        String valueAxisLabel, boolean logScale, Integer topN, float heightPt) {
}
