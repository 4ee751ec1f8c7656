package dev.dossier.core.resolve;

import dev.dossier.api.Column;
import dev.dossier.core.chart.ChartData;
import dev.dossier.core.chart.ChartSpec;
import dev.dossier.core.template.SourceLocation;

import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/** One resolved element of a section: what to print, with every figure and number decided. */
public sealed interface ResolvedBlock {

    /**
     * CommonMark text whose figure references are already replaced by formatted values; each value
     * is followed by a citation marker ({@link #CITATION}) that the layout gathers into one "[n]" at
     * the end of its paragraph, so a citation never sits between a number and its unit. Values are
     * backslash-escaped, so a figure such as "&gt;56" is never read as markup.
     */
    record Prose(String markdown, SourceLocation location) implements ResolvedBlock {
        /** A citation marker: private-use characters around the source number. */
        public static final Pattern CITATION = Pattern.compile("\uE000(\\d+)\uE001");

        static String marker(int source) {
            return "\uE000" + source + "\uE001";
        }
    }

    /** A band of headline figures. */
    record KpiBand(List<KpiTile> tiles) implements ResolvedBlock {
        public KpiBand {
            tiles = List.copyOf(tiles);
        }
    }

    /**
     * One KPI tile.
     *
     * @param value      the formatted figure with its qualifier ("~85.65", "&gt;4,500")
     * @param label      the caption under it
     * @param detail     the unit-and-period line
     * @param source     the citation number
     * @param confidence "Estimate", "Blog post, not independently confirmed", or empty for a published figure
     */
    record KpiTile(String value, String label, String detail, int source, String confidence) {
    }

    /**
     * A numbered exhibit: a chart plan and the lines around it.
     *
     * @param label   "Exhibit 3"
     * @param spec    what to draw
     * @param data    the rows plotted
     * @param ref     the dataset, {@code source/dataset}, for messages
     * @param sources the "Source: … [n]." line
     * @param notes   the template's note and which figures are estimates; the chart adds its own
     * @param alt     the alternate text of the figure: title and a sentence on its largest and smallest values
     *                (gaps, "Other") when drawn
     */
    record Exhibit(String label, String ref, ChartSpec spec, ChartData data, String sources, List<String> notes, String alt)
            implements ResolvedBlock {
        public Exhibit {
            notes = notes.stream().map(n -> n == null ? "" : n).toList();
        }
    }

    /**
     * A numbered table whose rows stream from the stored dataset each time it is drawn.
     *
     * @param label    "Table 2"
     * @param ref      the dataset, {@code source/dataset}, for messages
     * @param columns  the columns shown, in order
     * @param rows     the formatted cells, one array per row, in column order
     * @param rowCount how many rows {@code rows} yields
     * @param sources  the "Source: … [n]." line
     * @param notes    the template's note and the key to confidence marks; blank entries are skipped
     * @param location where the table is declared in the template, for layout warnings (a table too
     *                 wide for the page); {@link SourceLocation#UNKNOWN} when not from a file
     */
    record Table(String label, String title, String subtitle, String ref, List<Column> columns, TableRows rows,
                 int rowCount, String sources, List<String> notes, SourceLocation location) implements ResolvedBlock {
        public Table {
            columns = List.copyOf(columns);
            notes = notes.stream().map(n -> n == null ? "" : n).toList();
            location = location == null ? SourceLocation.UNKNOWN : location;
        }
    }

    /** The numbered sources appendix: every source cited before it. */
    record SourceList(List<Citations.Entry> entries) implements ResolvedBlock {
        public SourceList {
            entries = List.copyOf(entries);
        }
    }

    /**
     * The visible "data unavailable" panel standing in for a block whose source failed
     * ({@code onError: placeholder}).
     *
     * @param refs   the datasets the block needed
     * @param reason the error message
     */
    record Placeholder(String refs, String reason) implements ResolvedBlock {
    }

    /**
     * "What changed since the last edition", as sentences.
     *
     * @param lines one change per line; a single line saying nothing changed, or that there is no previous edition
     */
    record Changes(List<String> lines) implements ResolvedBlock {
        public Changes {
            lines = List.copyOf(lines);
        }
    }

    /** One formatted table cell and its confidence mark ("e", "†" or empty). */
    record Cell(String text, String mark) {
    }

    /** Re-readable table rows: each {@link #open()} starts again from the first row. */
    @FunctionalInterface
    interface TableRows {
        /** A cursor over the rows; close it when done. */
        RowsCursor open();
    }

    /** Rows of formatted cells. */
    interface RowsCursor extends Iterator<Cell[]>, AutoCloseable {
        @Override
        void close();
    }
}
