package dev.dossier.core.chart;

/**
 * The kinds of exhibit {@link ChartRenderer} draws.
 *
 * <p>Bar and line types plot numeric values against categories; {@link #PIE} and {@link #DONUT}
 * show shares of one value column; {@link #RADAR} compares a few entities across several value
 * columns, each axis scaled to a percentage of its largest value.
 *
 * @since 0.1
 */
public enum ChartType {
    /** Vertical bars, one series. */
    BAR,
    /** Horizontal bars; best for long category names and many categories. */
    HBAR,
    /** Vertical bars, several series side by side per category. */
    GROUPED_BAR,
    /** Vertical bars, several series stacked per category. */
    STACKED_BAR,
    /** Lines through the categories in order, typically years. */
    LINE,
    /** Shares of a whole. */
    PIE,
    /** Shares of a whole, drawn as a ring. */
    DONUT,
    /** One polygon per entity over several value columns. */
    RADAR;

    /** The name used in templates: {@code grouped-bar} for {@link #GROUPED_BAR}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The type a template names ({@code hbar}, {@code grouped-bar}, …), if there is one. */
    public static java.util.Optional<ChartType> byId(String id) {
        for (ChartType t : values()) {
            if (t.id().equals(id)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    /** Every template name, in declaration order. */
    public static java.util.List<String> ids() {
        return java.util.Arrays.stream(values()).map(ChartType::id).toList();
    }

    /** Whether this type is drawn on a category plot with a value axis (bars and lines). */
    public boolean isCategoryPlot() {
        return this != PIE && this != DONUT && this != RADAR;
    }

    /** Whether this type draws bars, and so folds surplus categories into "Other" by default. */
    public boolean isBar() {
        return this == BAR || this == HBAR || this == GROUPED_BAR || this == STACKED_BAR;
    }
}
