package dev.dossier.core.chart;

public record ChartData(dev.dossier.api.DatasetDescriptor descriptor, java.util.List<dev.dossier.api.Row> rows) {
}
