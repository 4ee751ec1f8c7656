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
import dev.dossier.core.pdf.PdfA;
import dev.dossier.core.resolve.ResolvedBlock;
import dev.dossier.core.resolve.ResolvedReport;
import dev.dossier.core.resolve.ResolvedSection;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.theme.FontSet;
import dev.dossier.core.theme.Theme;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a {@link ResolvedReport} with OpenPDF, in one pass: cover, table of contents, one
 * section per template section (each on a new page, with an outline entry), running header and
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
     */
    public record Result(int pages, Map<String, Integer> sectionPages, List<String> warnings) {
    }

    private final GlyphCoverage coverage;

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
        Locale locale = report.locale();
        Document document = new Document(PageSize.A4, SIDE, SIDE, TOP, BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        if (pdfa) {
            writer.setPDFXConformance(PdfWriter.PDFA1B); // after the version: it sets PDF 1.4
        }
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        PageDecorator decorator = new PageDecorator(theme, type, text -> placeholders(def, text));
        decorator.onPageDone(pageDone);
        writer.setPageEvent(decorator);
        metadata(document, def, locale);
        if (pdfa) {
            writer.createXmpMetadata();
        }
        document.open();
        if (pdfa) {
            PdfA.addSrgbOutputIntent(writer);
        }
        RenderContext ctx = new RenderContext(report, document, writer, theme, type, charts, coverage);
        ctx.checkGlyphs(def.title(), def.file() + ": title");
        try {
            CoverWriter.write(ctx, report.parameter("edition"), report.date() == null ? ""
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(report.date()));
            ContentsWriter.write(ctx, report.sections().stream().map(ResolvedSection::title).toList(), decorator);
            for (int i = 0; i < report.sections().size(); i++) {
                section(ctx, report.sections().get(i), i);
            }
        } finally {
            closeQuietly(document);
        }
        List<String> warnings = new java.util.ArrayList<>(report.warnings());
        warnings.addAll(ctx.warnings);
        return new Result(decorator.pages(), Map.copyOf(new HashMap<>(decorator.anchorPages())), warnings);
    }

    private void section(RenderContext ctx, ResolvedSection section, int index) {
        if (index > 0) {
            ctx.document.newPage();
        }
        String anchor = anchor(index);
        new PdfOutline(ctx.writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false), section.title());

        Paragraph kicker = type.paragraph();
        Chunk label = new Chunk("SECTION " + (index + 1), type.font(Typography.Role.CAPTION_BOLD, theme.highlight()));
        label.setLocalDestination(anchor);
        label.setGenericTag(anchor);
        kicker.add(label);
        ctx.add(kicker);
        Paragraph heading = new Paragraph(type.phrase(section.title(), Typography.Role.H1));
        heading.setLeading(type.font(Typography.Role.H1).getSize() * 1.2f);
        heading.setSpacingAfter(6);
        ctx.add(heading);
        if (!section.lead().isEmpty()) {
            Paragraph lead = new Paragraph(type.phrase(section.lead().strip(), Typography.Role.LEAD));
            lead.setLeading(type.font(Typography.Role.LEAD).getSize() * 1.4f);
            lead.setSpacingAfter(10);
            ctx.add(lead);
        }
        for (ResolvedBlock block : section.blocks()) {
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

    private void metadata(Document document, ReportDefinition def, Locale locale) {
        document.addTitle(def.title());
        if (!def.subtitle().isEmpty()) {
            document.addSubject(def.subtitle());
        }
        document.addAuthor(def.author().isEmpty() ? theme.brand() : def.author());
        if (!def.keywords().isEmpty()) {
            document.addKeywords(String.join(", ", def.keywords()));
        }
        document.addCreator("Dossier");
        document.setDocumentLanguage(locale.toLanguageTag());
    }

    /** Fills {@code {brand}}, {@code {title}} and any {@code {parameter}} in running texts. */
    private String placeholders(ReportDefinition def, String text) {
        String out = text.replace("{brand}", theme.brand()).replace("{title}", def.title());
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
