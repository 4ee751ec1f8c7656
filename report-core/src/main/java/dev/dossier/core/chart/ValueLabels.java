package dev.dossier.core.chart;

import dev.dossier.api.Qualifier;
import dev.dossier.core.format.EstimateMark;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Value labels for bars and points, read from the {@link ChartTable} so they carry the column's
 * decimals, the "%" suffix, the qualifier symbol (">5,300") and an estimate mark.
 *
 * <p>The dataset handed to JFreeChart must use the table's series as row keys and its categories
 * as column keys. Gaps get no label (never "NaN").
 */
final class ValueLabels implements CategoryItemLabelGenerator {

    private final ChartTable table;
    private final String estimateMark;
    private final String keyMark;

    /** @param mark the report's estimate mark (the theme's convention, as in its tables) */
    ValueLabels(ChartTable table, EstimateMark mark) {
        this.table = table;
        this.estimateMark = mark.afterFigure();
        this.keyMark = mark.inKey();
    }

    /** Whether any labelled value is an estimate, so the exhibit needs a note explaining the mark. */
    boolean anyEstimate() {
        for (int s = 0; s < table.seriesCount(); s++) {
            for (int c = 0; c < table.categoryCount(); c++) {
                if (table.value(s, c) != null && table.estimated(s, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mark as the chart's note explains it ("ᵉ = estimate"). */
    String keyMark() {
        return keyMark;
    }

    /** The label of one cell; null for a gap. */
    String label(int s, int c) {
        Double v = table.value(s, c);
        if (v == null) {
            return null;
        }
        Qualifier q = table.qualifier(s, c);
        if (q == Qualifier.APPROXIMATE && table.estimated(s, c)) {
            q = null; // the estimate mark already says "about": one mark, as in tables
        }
        String text = table.format(s).formatInSeries(v, q, table.estimated(s, c));
        return table.estimated(s, c) ? text + estimateMark : text;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        int s = table.series().indexOf(String.valueOf(dataset.getRowKey(row)));
        int c = table.categories().indexOf(String.valueOf(dataset.getColumnKey(column)));
        return s < 0 || c < 0 ? null : label(s, c);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return String.valueOf(dataset.getRowKey(row));
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return String.valueOf(dataset.getColumnKey(column));
    }
}
