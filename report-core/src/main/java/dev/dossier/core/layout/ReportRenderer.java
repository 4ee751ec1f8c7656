package dev.dossier.core.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.chart.ChartRenderer;
import dev.dossier.core.format.DateStyle;
import dev.dossier.core.pdf.PdfA;
import dev.dossier.core.resolve.ResolvedBlock;
import dev.dossier.core.resolve.ResolvedReport;
import dev.dossier.core.resolve.ResolvedSection;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.ReportParameters;
import dev.dossier.core.theme.FontSet;
import dev.dossier.core.theme.Theme;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a {@link ResolvedReport} with OpenPDF, in one pass: cover, table of contents, one
 * section per template section (flowing on from the one before, or on a new page when the theme
 * asks for it, each with an outline entry), running header and
 * footer. The contents' page numbers, like "of Y" in the footer, are filled in when the document
 * closes. The layout only draws: it never calls a data source.
 */
public final class ReportRenderer {

    /** A4 margins in points (about 20 mm at the sides, more at top and bottom for the running lines). */
    private static final float SIDE = 57f;
    private static final float TOP = 72f;
    private static final float BOTTOM = 66f;

    private final Theme theme;
    private final Typography type;
    private final ChartRenderer charts;

    /**
     * The outcome of a rendering.
     *
     * @param pages        the page count
     * @param sectionPages the page each section starts on, by destination name ({@code section-1}, …)
     * @param warnings     problems that did not stop the run, one line each (characters no font covers,
     *                     blocks shown as "data unavailable")
     * @param tagged       whether the PDF carries a structure tree (not when its tables are too large, see {@link #TAGGED_CELL_LIMIT})
     */
    public record Result(int pages, Map<String, Integer> sectionPages, List<String> warnings, boolean tagged) {
    }

    /**
     * The most table cells a tagged PDF holds: each cell is a structure element, and a structure
     * tree of hundreds of thousands of them does not fit a small heap when the PDF is post-processed.
     */
    static final long TAGGED_CELL_LIMIT = 50_000;

    private final GlyphCoverage coverage;

    /** Space above a section that continues on the page of the one before, in points. */
    private static final float SECTION_GAP = 18f;

    public ReportRenderer(Theme theme, FontSet fonts, Typography type, ChartRenderer charts) {
        this.theme = theme;
        this.type = type;
        this.charts = charts;
        this.coverage = new GlyphCoverage(fonts);
    }

    /** The destination name of section {@code i} (0-based). */
    static String anchor(int i) {
        return "section-" + (i + 1);
    }

    /**
     * Lays the report out into {@code out}; the caller closes the stream.
     *
     * <p>The PDF is tagged unless its tables hold more than {@link #TAGGED_CELL_LIMIT} cells; a warning says so.
     *
     * @param pdfa whether to write PDF/A-1b
     * @throws DossierException FAILURE {@code DOS-RENDER-FAILED} when OpenPDF cannot lay an element out
     */
    public Result render(ResolvedReport report, OutputStream out, boolean pdfa) {
        return render(report, out, pdfa, page -> { });
    }

    /**
     * Like {@link #render(ResolvedReport, OutputStream, boolean)}, telling {@code pageDone} the
     * number of each page as it is finished (from the rendering thread).
     */
    public Result render(ResolvedReport report, OutputStream out, boolean pdfa, java.util.function.IntConsumer pageDone) {
        ReportDefinition def = report.definition();
        String coverDate = report.date() == null ? "" : DateStyle.cover(report.language()).format(report.date());
        Document document = new Document(PageSize.A4, SIDE, SIDE, TOP, BOTTOM);
        long cells = report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof ResolvedBlock.Table).map(b -> (ResolvedBlock.Table) b)
                .mapToLong(t -> (long) (t.rowCount() + 1) * t.columns().size()).sum();
        boolean tagged = cells <= TAGGED_CELL_LIMIT;
        Structure tags = Structure.open(document, out, tagged);
        PdfWriter writer = tags.writer();
        writer.setCloseStream(false);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        if (pdfa) {
            writer.setPDFXConformance(PdfWriter.PDFA1B); // after the version: it sets PDF 1.4
        }
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        PageDecorator decorator = new PageDecorator(theme, type, text -> placeholders(def, coverDate, text));
        decorator.onPageDone(pageDone);
        writer.setPageEvent(decorator);
        metadata(document, def);
        if (pdfa) {
            writer.createXmpMetadata();
        }
        document.open();
        if (pdfa) {
            PdfA.addSrgbOutputIntent(writer);
        }
        RenderContext ctx = new RenderContext(report, document, tags, theme, type, charts, coverage);
        checkTemplateGlyphs(ctx, def);
        try {
            CoverWriter.write(ctx, report.parameter("edition"), coverDate);
            ContentsWriter.write(ctx, report.sections().stream().map(ResolvedSection::title).toList(), decorator);
            for (int i = 0; i < report.sections().size(); i++) {
                section(ctx, report.sections().get(i), i);
            }
        } finally {
            closeQuietly(document);
        }
        List<String> warnings = new java.util.ArrayList<>(report.warnings());
        warnings.addAll(ctx.warnings);
        if (!tagged) {
            warnings.add("the PDF is not tagged (so not accessible, PDF/UA not declared): its tables hold " + cells
                    + " cells, more than the " + TAGGED_CELL_LIMIT + " a structure tree is built for");
        }
        return new Result(decorator.pages(), Map.copyOf(new HashMap<>(decorator.anchorPages())), warnings, tagged);
    }

    private void section(RenderContext ctx, ResolvedSection section, int index) {
        if (index > 0 && theme.sectionPerPage()) {
            ctx.document.newPage();
        }
        ctx.tags.section();
        String anchor = anchor(index);
        new PdfOutline(ctx.writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false), section.title());

        Paragraph kicker = type.paragraph();
        kicker.setSpacingBefore(index > 0 ? SECTION_GAP : 0);
        Chunk label = new Chunk("SECTION " + (index + 1), type.font(Typography.Role.CAPTION_BOLD, theme.highlight()));
        label.setLocalDestination(anchor);
        label.setGenericTag(anchor);
        kicker.add(label);
        List<Paragraph> opening = new java.util.ArrayList<>(List.of(kicker));
        Paragraph heading = new Paragraph(type.phrase(section.title(), Typography.Role.H1));
        heading.setLeading(type.font(Typography.Role.H1).getSize() * 1.2f);
        heading.setSpacingAfter(6);
        opening.add(heading);
        if (!section.lead().isEmpty()) {
            Paragraph lead = new Paragraph(type.phrase(section.lead().strip(), Typography.Role.LEAD));
            lead.setLeading(type.font(Typography.Role.LEAD).getSize() * 1.4f);
            lead.setIndentationRight(Measure.rightIndent(type.font(Typography.Role.LEAD), ctx.width()));
            lead.setSpacingAfter(10);
            opening.add(lead);
        }
        // the heading and lead stay with the start of the section's first block (or of the table
        // that goes before it, when the first block is an exhibit that waits for the next page)
        List<ResolvedBlock> blocks = section.blocks();
        float openingHeight = Heights.of(ctx.width(), opening);
        boolean floats = blocks.size() > 1 && blocks.get(0) instanceof ResolvedBlock.Exhibit e
                && ExhibitFloat.deferred(ctx, e, blocks.get(1), ctx.spaceLeft() - openingHeight);
        float start = blocks.isEmpty() ? 0 : KeepWithNext.start(ctx, blocks.get(floats ? 1 : 0));
        ctx.keepSpace(openingHeight + start);
        for (Paragraph p : opening) {
            if (p == heading) {
                ctx.add(p, Structure.H1);
            } else {
                ctx.add(p);
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            ResolvedBlock block = blocks.get(b);
            if (block instanceof ResolvedBlock.Exhibit e && b + 1 < blocks.size()
                    && ExhibitFloat.deferred(ctx, e, blocks.get(b + 1), ctx.spaceLeft())) {
                write(ctx, blocks.get(++b));
            }
            write(ctx, block);
        }
    }

    private static void write(RenderContext ctx, ResolvedBlock block) {
        if (block instanceof ResolvedBlock.Prose p) {
            MarkdownWriter.write(ctx, p);
        } else if (block instanceof ResolvedBlock.KpiBand k) {
            KpiBandWriter.write(ctx, k);
        } else if (block instanceof ResolvedBlock.Exhibit e) {
            ExhibitWriter.write(ctx, e);
        } else if (block instanceof ResolvedBlock.Table t) {
            TableWriter.write(ctx, t);
        } else if (block instanceof ResolvedBlock.SourceList s) {
            SourcesAppendixWriter.write(ctx, s);
        } else if (block instanceof ResolvedBlock.Placeholder p) {
            PlaceholderWriter.write(ctx, p);
        } else if (block instanceof ResolvedBlock.Changes c) {
            ChangesWriter.write(ctx, c);
        }
    }

    private void metadata(Document document, ReportDefinition def) {
        document.addTitle(def.title());
        if (!def.subtitle().isEmpty()) {
            document.addSubject(def.subtitle());
        }
        document.addAuthor(def.author().isEmpty() ? theme.brand() : def.author());
        if (!def.keywords().isEmpty()) {
            document.addKeywords(String.join(", ", def.keywords()));
        }
        document.addCreator("Dossier");
        document.setDocumentLanguage(ReportParameters.language(def).toLanguageTag()); // the prose's language, not the number locale
    }

    /**
     * Reports the characters of the template's own text no font has, each with the file and line
     * it was written at (text blocks are checked as they are drawn, see {@link MarkdownWriter}).
     */
    private static void checkTemplateGlyphs(RenderContext ctx, ReportDefinition def) {
        ctx.checkGlyphs(def.title(), def.file() + ": title");
        ctx.checkGlyphs(def.subtitle(), def.file() + ": subtitle");
        ctx.checkGlyphs(def.summary(), def.file() + ": summary");
        for (dev.dossier.core.template.Section s : def.sections()) {
            ctx.checkGlyphs(s.title(), s.location() + ": section title");
            ctx.checkGlyphs(s.lead(), s.location() + ": section lead");
            for (dev.dossier.core.template.Block b : s.blocks()) {
                if (b instanceof dev.dossier.core.template.Block.Chart c) {
                    ctx.checkGlyphs(c.title(), c.location() + ": exhibit title");
                    ctx.checkGlyphs(c.subtitle(), c.location() + ": exhibit subtitle");
                    ctx.checkGlyphs(c.note(), c.location() + ": exhibit note");
                } else if (b instanceof dev.dossier.core.template.Block.Table t) {
                    ctx.checkGlyphs(t.title(), t.location() + ": table title");
                    ctx.checkGlyphs(t.subtitle(), t.location() + ": table subtitle");
                    ctx.checkGlyphs(t.note(), t.location() + ": table note");
                } else if (b instanceof dev.dossier.core.template.Block.Kpis k) {
                    k.tiles().forEach(tile -> {
                        ctx.checkGlyphs(tile.label(), k.location() + ": KPI label");
                        ctx.checkGlyphs(tile.detail(), k.location() + ": KPI detail");
                    });
                }
            }
        }
    }

    /** Fills {@code {brand}}, {@code {title}} and any {@code {parameter}} in running texts. */
    /**
     * A running header or footer with {@code {brand}}, {@code {title}}, {@code {date}} (the cover date,
     * in the document language) and {@code {PARAMETER}} filled in; an unknown placeholder prints as nothing.
     */
    private String placeholders(ReportDefinition def, String coverDate, String text) {
        String out = text.replace("{brand}", theme.brand()).replace("{title}", def.title()).replace("{date}", coverDate);
        for (var e : def.parameters().entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out.replaceAll("\\{(?!page\\}|pages\\})[a-z0-9_-]+}", "").replaceAll("^\\s*·\\s*|\\s*·\\s*$", "");
    }


    private static void closeQuietly(Document document) {
        if (document.isOpen()) {
            document.close();
        }
    }
}
