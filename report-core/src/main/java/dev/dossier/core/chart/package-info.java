/**
 * Charts ("exhibits"): dataset rows drawn by JFreeChart as vector graphics into an OpenPDF document.
 *
 * <p>Entry point: {@link dev.dossier.core.chart.ChartRenderer}. The flow inside is
 * rows → {@code ChartTableBuilder} (wide or long data) → {@code OtherFolding} / {@code LogScaleGuard}
 * (each adjustment leaves a note) → a builder per plot family (category, pie, radar) styled by
 * {@code PlotStyler} → {@code VectorDrawer}, which draws into a PDF form XObject. No raster image
 * is ever made, so chart text stays searchable text in the theme's embedded font.
 */
package dev.dossier.core.chart;
