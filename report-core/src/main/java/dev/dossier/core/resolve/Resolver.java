package dev.dossier.core.resolve;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.UncheckedSourceException;
import dev.dossier.core.chart.ChartData;
import dev.dossier.core.chart.ChartSpec;
import dev.dossier.core.data.EditionCutoff;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.data.StoredDataset;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.format.ColumnHeadings;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.FigureRef;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.ReportParameters;
import dev.dossier.core.template.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The resolve stage: turns a template and its data into a {@link ResolvedReport}, deciding
 * everything the layout prints — figure values in text, KPI tiles, exhibit and table numbers,
 * citation numbers in first-use order, chart plans and table cells.
 *
 * <p>Datasets come from a {@link ReportData}, which fetches each at most once; the resolved
 * tables read its stored rows again when drawn, so close the {@code ReportData} only after the
 * layout. One resolver per run; not thread-safe.
 */
public final class Resolver {

    /** Chart height when the template gives none, in points. */
    static final float DEFAULT_CHART_HEIGHT = 210f;

    private final ReportDefinition definition;
    private final ReportData data;
    private final ValueFormatter format;
    private final Citations citations = new Citations();
    private final DataUsage usage;
    private final InlineFigures inline;
    private final List<String> warnings = new ArrayList<>();
    private int exhibits;
    private int tables;
    private String section = "";

    /**
     * @param recordUsage whether to remember the rows and KPI figures used, for a snapshot or a comparison
     */
    public Resolver(ReportDefinition definition, ReportData data, Locale locale, boolean recordUsage) {
        this(definition, data, locale, ReportParameters.language(definition), recordUsage);
    }

    /**
     * @param locale      numbers and the shape of dates
     * @param language    the document language, which names months in dates
     * @param recordUsage whether to remember the rows and KPI figures used, for a snapshot or a comparison
     */
    public Resolver(ReportDefinition definition, ReportData data, Locale locale, Locale language, boolean recordUsage) {
        this.definition = definition;
        this.data = data;
        this.format = new ValueFormatter(locale, language);
        this.usage = new DataUsage(recordUsage);
        this.inline = new InlineFigures(data, format, citations, usage);
    }

    /**
     * Resolves every section.
     *
     * @param date    the edition date for the cover; null for none
     * @param changes the lines of the "what changed" block, given what this edition used; called
     *                once, after every other block is resolved; null when there is no previous edition
     * @throws DossierException INPUT when the data does not fit the template (no row for a KPI,
     *                          several rows for one figure), FAILURE when a source fails
     */
    public ResolvedReport resolve(LocalDate date, Function<DataUsage, List<String>> changes) {
        List<List<ResolvedBlock>> resolved = new ArrayList<>();
        List<int[]> changeSlots = new ArrayList<>();
        List<String[]> headings = new ArrayList<>();
        for (int s = 0; s < definition.sections().size(); s++) {
            section = "Section " + (s + 1);
            Section sec = definition.sections().get(s);
            headings.add(new String[] {inline.fill(sec.title(), sec.location(), section, null),
                    inline.fill(sec.lead(), sec.location(), section + " lead", null)});
            List<ResolvedBlock> blocks = new ArrayList<>();
            for (Block block : definition.sections().get(s).blocks()) {
                if (block instanceof Block.Changes c) {
                    if (changes != null || !c.omitWithoutPrevious()) {
                        changeSlots.add(new int[] {s, blocks.size()});
                        blocks.add(null); // filled below, once everything this edition prints is known
                    }
                } else {
                    blocks.add(guarded(block));
                }
            }
            resolved.add(blocks);
        }
        if (!changeSlots.isEmpty()) {
            ResolvedBlock.Changes filled = new ResolvedBlock.Changes(changes == null
                    ? List.of("There is no previous edition to compare with.") : changes.apply(usage));
            changeSlots.forEach(slot -> resolved.get(slot[0]).set(slot[1], filled));
        }
        List<ResolvedSection> sections = new ArrayList<>();
        for (int s = 0; s < resolved.size(); s++) {
            sections.add(new ResolvedSection(headings.get(s)[0], headings.get(s)[1], resolved.get(s)));
        }
        return new ResolvedReport(definition, format.locale(), format.language(), date, sections, warnings);
    }

    /** What this resolution used, for the edition's snapshot (empty unless asked for). */
    public DataUsage usage() {
        return usage;
    }

    /** A block whose source fails becomes a "data unavailable" panel when it opted in. */
    private ResolvedBlock guarded(Block block) {
        try {
            return resolve(block);
        } catch (DossierException e) {
            if (!block.placeholderOnError() || !e.errorCode().isSourceError()) {
                throw e;
            }
            String refs = block.bindings().stream().map(DataBinding::ref).distinct().collect(Collectors.joining(", "));
            warnings.add(block.location() + ": data unavailable for " + refs + ", placeholder shown: " + e.getMessage());
            return new ResolvedBlock.Placeholder(refs, e.getMessage());
        }
    }

    private ResolvedBlock resolve(Block block) {
        if (block instanceof Block.Text t) {
            return prose(t);
        } else if (block instanceof Block.Kpis k) {
            return kpis(k);
        } else if (block instanceof Block.Chart c) {
            return exhibit(c);
        } else if (block instanceof Block.Table t) {
            return table(t);
        } else if (block instanceof Block.Sources) {
            return new ResolvedBlock.SourceList(citations.snapshot());
        }
        throw new IllegalStateException("unhandled block " + block);
    }

    private ResolvedBlock.Prose prose(Block.Text block) {
        Matcher m = FigureRef.IN_TEXT.matcher(block.markdown());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            FigureRef ref = FigureRef.parse(m.group(1), block.location());
            Row row = data.require(ref.binding(), ErrorCode.TEXT_NO_ROW, "'{{" + ref.text() + "}}'");
            usage.used(ref.binding(), row);
            int n = citations.cite(row.provenance(), section + " text",
                    ConfidenceMarks.confidence(row, row.descriptor().indexOf(ref.column())));
            String value = escape(format.prose(row, ref.column()));
            if (ref.binding().includeLater() && data.edition().isLater(row)) {
                value += " \\(dated after the edition\\)";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value + ResolvedBlock.Prose.marker(n)));
        }
        m.appendTail(out);
        return new ResolvedBlock.Prose(out.toString(), block.location());
    }

    /** Backslash-escapes punctuation, so a figure such as "&gt;56" is never read as markup (a quote, a list). */
    private static String escape(String value) {
        return value.replaceAll("(\\p{Punct})", "\\\\$1");
    }

    private ResolvedBlock.KpiBand kpis(Block.Kpis block) {
        List<ResolvedBlock.KpiTile> tiles = new ArrayList<>();
        for (Block.Kpi kpi : block.tiles()) {
            Row row = data.require(kpi.data(), ErrorCode.KPI_NO_ROW, "KPI '" + kpi.label() + "'");
            usage.figure(kpi.label(), kpi.data(), kpi.value(), row);
            int i = row.descriptor().indexOf(kpi.value());
            String unit = row.descriptor().columns().get(i).unit();
            int source = citations.cite(row.provenance(), section + " KPIs", ConfidenceMarks.confidence(row, i));
            String label = inline.fill(kpi.label(), block.location(), section + " KPIs", kpi.data());
            String detail = kpi.detail() == null || kpi.detail().isBlank() ? unit
                    : inline.fill(kpi.detail(), block.location(), section + " KPIs", kpi.data());
            String confidence = ConfidenceMarks.words(row.provenance().confidence());
            if (confidence.isEmpty() && row.isEstimated(i)) {
                confidence = ConfidenceMarks.words(Confidence.ESTIMATE);
            }
            if (kpi.data().includeLater() && data.edition().isLater(row)) {
                confidence = (confidence.isEmpty() ? "" : confidence + "; ") + "Dated after the edition";
            }
            tiles.add(new ResolvedBlock.KpiTile(format.cell(row, i), label, detail, source, confidence));
        }
        return new ResolvedBlock.KpiBand(tiles);
    }

    private ResolvedBlock.Exhibit exhibit(Block.Chart block) {
        StoredDataset dataset = data.dataset(block.data());
        List<Row> rows = data.materialise(block.data());
        usage.used(block.data(), rows);
        float height = block.height() == null ? DEFAULT_CHART_HEIGHT : block.height();
        String label = "Exhibit " + (++exhibits);
        String title = inline.fill(block.title(), block.location(), label, block.data());
        String subtitle = inline.fill(block.subtitle(), block.location(), label, block.data());
        ChartSpec spec = new ChartSpec(block.type(), block.x(), block.y(), block.series(), title,
                subtitle, block.axis() != null ? block.axis() : axisLabel(dataset.descriptor(), block.y()),
                block.logScale(), block.topN(), height, block.facet());
        int[] plotted = block.y().stream().mapToInt(dataset.descriptor()::indexOf).toArray();
        List<Row> citing = rows.stream().filter(r -> CitingRows.cites(r, plotted)).toList();
        List<Provenance> used = rows.isEmpty() ? dataset.provenance() : citing.stream().map(Row::provenance).toList();
        Map<String, java.util.Set<Confidence>> confidences = new LinkedHashMap<>();
        citing.forEach(r -> confidences.computeIfAbsent(Citations.sourceKey(r.provenance()),
                k -> java.util.EnumSet.noneOf(Confidence.class)).add(ConfidenceMarks.confidence(r, plotted)));
        // a selection that matches nothing is said alike in the chart, its source line and a table
        String empty = rows.isEmpty() && !block.data().where().isEmpty()
                ? emptySelection(block.data(), label + " ('" + title + "')") : null;
        String sources = empty != null ? empty : used.isEmpty() ? "" : SourceLines.sources(citations, used, label, confidences);
        List<String> notes = new ArrayList<>();
        notes.add(inline.fill(block.note(), block.location(), label, block.data()));
        notes.add(SourceLines.chartConfidence(rows, block.x(), block.y(), block.series(),
                col -> dataset.descriptor().column(col).map(Column::label).orElse(col)));
        long later = block.data().includeLater() ? rows.stream().filter(data.edition()::isLater).count() : 0;
        if (later > 0) {
            notes.add("Includes " + later + (later == 1 ? " value" : " values") + " dated after the edition date ("
                    + format.value(data.edition().date().orElseThrow(), ColumnType.DATE) + ").");
        }
        return new ResolvedBlock.Exhibit(label, block.data().ref(), spec, new ChartData(dataset.descriptor(), rows, empty), sources, notes,
                FigureSummary.of(label, spec, rows, format));
    }

    /** The value axis label: the first value column's heading, or just the unit when several columns share the axis. */
    private static String axisLabel(DatasetDescriptor descriptor, List<String> y) {
        Column c = descriptor.column(y.get(0)).orElseThrow();
        return y.size() > 1 && !c.unit().isEmpty() ? c.unit() : ColumnHeadings.of(c);
    }

    private ResolvedBlock.Table table(Block.Table block) {
        DatasetDescriptor d = data.dataset(block.data()).descriptor();
        List<Column> columns = block.columns().isEmpty() ? d.columns()
                : block.columns().stream().map(n -> d.column(n).orElseThrow()).toList();
        int[] indexes = columns.stream().mapToInt(c -> d.indexOf(c.name())).toArray();
        String label = "Table " + (++tables);
        String title = inline.fill(block.title(), block.location(), label, block.data());
        String subtitle = inline.fill(block.subtitle(), block.location(), label, block.data());
        String note = inline.fill(block.note(), block.location(), label, block.data());

        Map<String, Provenance> used = new LinkedHashMap<>();
        ColumnDecimals decimals = new ColumnDecimals(ColumnDecimals.declared(
                columns.stream().map(Column::name).toList(), block.decimals()));
        Map<String, java.util.Set<Confidence>> confidences = new LinkedHashMap<>();
        boolean estimates = false;
        boolean blogPosts = false;
        boolean later = false;
        EditionCutoff cutoff = block.data().includeLater() ? data.edition() : EditionCutoff.NONE;
        int count = 0;
        try (RowCursor rows = data.rows(block.data())) {
            while (rows.hasNext()) {
                Row row = rows.next();
                usage.used(block.data(), row);
                later |= cutoff.isLater(row);
                if (CitingRows.cites(row, indexes)) {
                    String key = Citations.sourceKey(row.provenance());
                    used.putIfAbsent(key + "\u0000" + row.provenance().title(), row.provenance());
                    confidences.computeIfAbsent(key, k -> java.util.EnumSet.noneOf(Confidence.class))
                            .add(ConfidenceMarks.confidence(row, indexes));
                }
                for (int c = 0; c < indexes.length; c++) {
                    decimals.add(c, row, indexes[c]);
                    String mark = mark(row, indexes[c], columns.get(c), c);
                    estimates |= mark.equals(ConfidenceMarks.ESTIMATE);
                    blogPosts |= mark.equals(ConfidenceMarks.BLOG_POST);
                }
                count++;
            }
        } catch (UncheckedSourceException e) {
            throw DossierException.failure(ErrorCode.SOURCE_FAILED, "source '" + block.data().source()
                    + "' failed while reading dataset '" + block.data().dataset() + "': " + e.getMessage(), e);
        }
        String sources = count == 0 && !block.data().where().isEmpty()
                ? emptySelection(block.data(), label + (title == null ? "" : " ('" + title + "')"))
                : count == 0 ? SourceLines.sources(citations, data.dataset(block.data()).provenance(), label)
                : used.isEmpty() ? "" : SourceLines.sources(citations, new ArrayList<>(used.values()), label, confidences);
        ResolvedBlock.TableRows rows = () -> new CellCursor(data.rows(block.data()), columns, indexes, format,
                decimals.frozen(), decimals.declaredColumns(), cutoff);
        List<String> notes = new ArrayList<>(List.of(note == null ? "" : note, ConfidenceMarks.key(estimates, blogPosts)));
        if (later) {
            notes.add(ConfidenceMarks.laterKey(format.value(cutoff.date().orElseThrow(), ColumnType.DATE)));
        }
        return new ResolvedBlock.Table(label, title, subtitle, block.data().ref(), columns, rows, count,
                sources, notes, block.location());
    }

    /**
     * Confidence marks go on every claim a row makes: figures and text such as a process node or
     * "two nodes behind", but not on the names that say what the row is about (the table's first
     * column, and a name's Chinese form in a {@code _zh} column). A year, a date or a period says
     * when, and a unit what is counted, not how much: the row's source being an estimate does not
     * make them one, so they are marked only when the provider marked that cell.
     *
     * @param position the column's place in the table
     */
    /** Text columns that place or count a row's claim rather than make it. */
    private static final java.util.Set<String> CONTEXT_COLUMNS = java.util.Set.of("period", "as_of", "date", "unit");

    static String mark(Row row, int index, Column c, int position) {
        if (c.type() == ColumnType.YEAR || c.type() == ColumnType.DATE || CONTEXT_COLUMNS.contains(c.name())) {
            return row.isMarkedEstimated(index) ? ConfidenceMarks.ESTIMATE : "";
        }
        if (c.type().isNumeric()) {
            return ConfidenceMarks.mark(row, index);
        }
        boolean name = position == 0 || c.name().endsWith("_zh");
        return name || row.get(index) == null ? "" : ConfidenceMarks.mark(row, index);
    }

    /**
     * A chart or table whose filters match no row: said as a warning (a mistyped value is the usual
     * cause), and nothing is cited, since nothing from the dataset is printed.
     */
    private String emptySelection(DataBinding b, String what) {
        warnings.add(b.location() + ": " + what + ": no row of '" + b.ref() + "' matches " + b.where()
                + "; it is printed empty");
        return "No row of this dataset matches the selection " + b.where() + ".";
    }

    /** Formats stored rows into table cells as the layout asks for them. */
    private static final class CellCursor implements ResolvedBlock.RowsCursor {
        private final RowCursor rows;
        private final List<Column> columns;
        private final int[] indexes;
        private final ValueFormatter format;
        private final int[] decimals;
        private final boolean[] declared;
        private final EditionCutoff later;

        CellCursor(RowCursor rows, List<Column> columns, int[] indexes, ValueFormatter format, int[] decimals,
                   boolean[] declared, EditionCutoff later) {
            this.decimals = decimals;
            this.declared = declared;
            this.later = later;
            this.rows = rows;
            this.columns = columns;
            this.indexes = indexes;
            this.format = format;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public ResolvedBlock.Cell[] next() {
            Row row = rows.next();
            ResolvedBlock.Cell[] cells = new ResolvedBlock.Cell[indexes.length];
            for (int c = 0; c < indexes.length; c++) {
                String text = format.cell(row, indexes[c], decimals[c], declared[c]);
                boolean repeats = c > 0 && columns.get(c).type() == ColumnType.STRING && row.get(indexes[c]) != null
                        && text.equals(cells[c - 1].text());
                // a cell that only repeats its neighbour says nothing new: it is left blank
                cells[c] = repeats ? new ResolvedBlock.Cell("", "")
                        : new ResolvedBlock.Cell(text, mark(row, indexes[c], columns.get(c), c));
            }
            if (later.isLater(row)) {
                // the row's name carries the mark: the whole row is later than the edition, not one figure
                cells[0] = new ResolvedBlock.Cell(cells[0].text(), cells[0].mark() + ConfidenceMarks.LATER);
            }
            return cells;
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
