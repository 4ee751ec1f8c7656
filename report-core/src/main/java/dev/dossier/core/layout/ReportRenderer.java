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
import dev.dossier.core.data.ReportData;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.pdf.PdfA;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.ReportParameters;
import dev.dossier.core.template.Section;
import dev.dossier.core.theme.FontSet;
import dev.dossier.core.theme.Theme;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a report with OpenPDF: cover, table of contents, one section per template section
 * (each on a new page, with an outline entry), running header and footer.
 *
 * <p>Page numbers in the table of contents are only known once the sections are laid out,
 * so the report is rendered twice: the first pass goes to a discarding stream and records
 * the page of each section heading; the second pass prints those numbers. Both passes lay
 * out identical content, so the pages match.
 */
public final class ReportRenderer {

    /** A4 margins in points (about 20 mm at the sides, more at top and bottom for the running lines). */
    private static final float SIDE = 57f;
    private static final float TOP = 72f;
    private static final float BOTTOM = 66f;

    private final Theme theme;
    private final Typography type;
    private final ChartRenderer charts;

    /** The outcome of a rendering: the page count and the page each section starts on. */
    /**
     * @param warnings problems that did not stop the run, one line each (characters no font covers)
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
     * Renders the report into {@code out}.
     *
     * @param date the edition date printed on the cover; null for none
     * @param pdfa whether to write PDF/A-1b
     * @throws DossierException when data cannot be resolved (INPUT or FAILURE) or layout fails
     */
    public Result render(ReportDefinition def, ReportData data, LocalDate date, OutputStream out, boolean pdfa) {
        Result first = pass(def, data, date, OutputStream.nullOutputStream(), Map.of(), pdfa);
        return pass(def, data, date, out, first.sectionPages(), pdfa);
    }

    private Result pass(ReportDefinition def, ReportData data, LocalDate date, OutputStream out,
                        Map<String, Integer> knownPages, boolean pdfa) {
        Locale locale = ReportParameters.locale(def);
        Document document = new Document(PageSize.A4, SIDE, SIDE, TOP, BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        if (pdfa) {
            writer.setPDFXConformance(PdfWriter.PDFA1B); // after the version: it sets PDF 1.4
        }
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        PageDecorator decorator = new PageDecorator(theme, type, text -> placeholders(def, text));
        writer.setPageEvent(decorator);
        metadata(document, def, locale);
        if (pdfa) {
            writer.createXmpMetadata();
        }
        document.open();
        if (pdfa) {
            PdfA.addSrgbOutputIntent(writer);
        }
        RenderContext ctx = new RenderContext(def, document, writer, theme, type, new ValueFormatter(locale), data, charts, coverage);
        ctx.checkGlyphs(def.title(), def.file() + ": title");
        try {
            CoverWriter.write(ctx, def.parameters().getOrDefault("edition", ""),
                    date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date));
            ContentsWriter.write(ctx, def.sections(), knownPages);
            for (int i = 0; i < def.sections().size(); i++) {
                section(ctx, def.sections().get(i), i);
            }
        } finally {
            closeQuietly(document);
        }
        return new Result(decorator.pages(), Map.copyOf(new HashMap<>(decorator.anchorPages())), List.copyOf(ctx.warnings));
    }

    private void section(RenderContext ctx, Section section, int index) {
        if (index > 0) {
            ctx.document.newPage();
        }
        String anchor = anchor(index);
        ctx.currentSection = "Section " + (index + 1);
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
        for (Block block : section.blocks()) {
            block(ctx, block);
        }
    }

    private static void block(RenderContext ctx, Block block) {
        try {
            write(ctx, block);
        } catch (DossierException e) {
            if (!block.placeholderOnError() || !PlaceholderWriter.covers(e)) {
                throw e;
            }
            PlaceholderWriter.write(ctx, block, e);
        }
    }

    private static void write(RenderContext ctx, Block block) {
        if (block instanceof Block.Text t) {
            MarkdownWriter.write(ctx, t);
        } else if (block instanceof Block.Kpis k) {
            KpiBandWriter.write(ctx, k);
        } else if (block instanceof Block.Chart c) {
            ExhibitWriter.write(ctx, c);
        } else if (block instanceof Block.Table t) {
            TableWriter.write(ctx, t);
        } else if (block instanceof Block.Sources) {
            SourcesAppendixWriter.write(ctx);
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
