package dev.dossier.core.chart;

public enum ChartType { BAR, HBAR, GROUPED_BAR, STACKED_BAR, LINE, PIE, DONUT, RADAR }
