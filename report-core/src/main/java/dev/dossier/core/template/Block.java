package dev.dossier.core.template;

import dev.dossier.core.chart.ChartType;

import java.util.List;

/**
 * One element of a section: narrative text, a band of KPI tiles, a chart, a table or the sources appendix.
 */
public sealed interface Block permits Block.Text, Block.Kpis, Block.Chart, Block.Table, Block.Sources, Block.Changes {

    /** Where the block is written, for error messages. */
    SourceLocation location();

    /** The datasets the block reads; empty for blocks without data. */
    List<DataBinding> bindings();

    /**
     * Whether a failing data source renders a visible "data unavailable" panel with the reason
     * instead of failing the run ({@code onError: placeholder} in the template).
     */
    default boolean placeholderOnError() {
        return false;
    }

    /**
     * CommonMark text whose {@code {{source/dataset[column=value].column}}} references are
     * replaced by formatted figures.
     */
    record Text(String markdown, SourceLocation location) implements Block {
        @Override
        public List<DataBinding> bindings() {
            return List.of();
        }
    }

    /**
     * A band of headline figures.
     *
     * @param tiles one tile per figure, shown left to right
     */
    record Kpis(List<Kpi> tiles, SourceLocation location, boolean placeholderOnError) implements Block {
        @Override
        public List<DataBinding> bindings() {
            return tiles.stream().map(Kpi::data).toList();
        }
    }

    /**
     * One KPI tile: the value of column {@code value} in the first row the binding yields.
     *
     * @param label  short caption under the number ("GenAI patent families, China")
     * @param detail unit and period line ("2014–2023"); may be empty
     */
    record Kpi(DataBinding data, String value, String label, String detail) {
    }

    /**
     * An exhibit drawn as a vector chart.
     *
     * @param type      the chart type (written bar, hbar, grouped-bar, stacked-bar, line, pie, donut or radar)
     * @param x         category column
     * @param y         value columns (one per series)
     * @param series    column naming the series in long-format data; may be null
     * @param title     the finding ("China files six times as many …")
     * @param subtitle  measure, unit and period
     * @param note      an optional note printed under the source line
     * @param height    chart height in points; null for the theme default
     * @param axis      the value axis label; null to derive it from the column's label and unit
     * @param facet     one panel per series, each with its own value axis (for series of different scope)
     */
    record Chart(DataBinding data, ChartType type, String x, List<String> y, String series, String title,
                 String subtitle, String note, boolean logScale, Integer topN, Float height, String axis,
                 SourceLocation location, boolean placeholderOnError, boolean facet) implements Block {
        @Override
        public List<DataBinding> bindings() {
            return List.of(data);
        }
    }

    /**
     * A table of the bound rows; its header row repeats on every page it spans.
     *
     * @param columns  the columns to show, in order; empty for all declared columns
     * @param decimals decimals the template declares per column ({@code decimals: {bandwidth_tbps: 2}}),
     *                 which win over the inferred ones (see {@code ColumnPrecision}); empty for none
     */
    record Table(DataBinding data, List<String> columns, String title, String subtitle, String note,
                 SourceLocation location, boolean placeholderOnError, java.util.Map<String, Integer> decimals) implements Block {
        public Table {
            decimals = decimals == null ? java.util.Map.of() : java.util.Map.copyOf(decimals);
        }

        /** A table whose decimals are all inferred. */
        public Table(DataBinding data, List<String> columns, String title, String subtitle, String note,
                     SourceLocation location, boolean placeholderOnError) {
            this(data, columns, title, subtitle, note, location, placeholderOnError, java.util.Map.of());
        }

        @Override
        public List<DataBinding> bindings() {
            return List.of(data);
        }
    }

    /** The numbered list of every source cited so far in the report. */
    record Sources(SourceLocation location) implements Block {
        @Override
        public List<DataBinding> bindings() {
            return List.of();
        }
    }

    /**
     * "What changed since the last edition": filled from the previous edition's snapshot
     * ({@code --compare-with}).
     *
     * @param omitWithoutPrevious leave the block out when there is no previous edition, instead of saying so
     */
    record Changes(boolean omitWithoutPrevious, SourceLocation location) implements Block {
        @Override
        public List<DataBinding> bindings() {
            return List.of();
        }
    }
}
