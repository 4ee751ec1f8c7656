package dev.dossier.core.format;

import dev.dossier.api.Column;

import java.util.Locale;

/** How a column is named in table headers and on chart axes: its label, with its unit when the label lacks it. */
public final class ColumnHeadings {

    private ColumnHeadings() {
    }

    /**
     * "Memory (GB)"; just the label when it already says the unit or holds a bracket, or when
     * every value prints its own unit (percentages print "%").
     */
    public static String of(Column c) {
        String label = c.label();
        String unit = c.unit();
        if (unit.isEmpty() || c.type() == dev.dossier.api.ColumnType.PERCENT || label.contains("(") || label.toLowerCase(Locale.ROOT).contains(unit.toLowerCase(Locale.ROOT))) {
            return label;
        }
        return label + " (" + unit + ")";
    }
}
