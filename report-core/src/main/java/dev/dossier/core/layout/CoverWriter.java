package dev.dossier.core.layout;

import dev.dossier.core.error.ErrorCode;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.theme.Theme;

import java.awt.Color;

/**
 * Writes the cover: brand mark, title, subtitle, edition and one-line summary, with plenty
 * of white space and no chart. The {@code band} style sets the title on a block of the
 * theme's cover colour; {@code plain} sets it on white under a rule.
 */
final class CoverWriter {

    private CoverWriter() {
    }

    static void write(RenderContext ctx, String edition, String date) {
        Theme theme = ctx.theme;
        Rectangle page = ctx.document.getPageSize();
        PdfContentByte under = ctx.writer.getDirectContentUnder();
        boolean band = theme.coverStyle().equals("band");
        float left = ctx.document.left();
        float right = ctx.document.right();
        float bandBottom = page.getHeight() * 0.52f;
        Color titleColor = band ? theme.colors().coverText() : theme.colors().primary();

        under.beginMarkedContentSequence(Structure.ARTIFACT); // the band and rule are decoration
        if (band) {
            under.saveState();
            under.setColorFill(theme.colors().coverBand());
            under.rectangle(0, bandBottom, page.getWidth(), page.getHeight() - bandBottom);
            under.fill();
            under.setColorFill(theme.highlight());
            under.rectangle(left, bandBottom + 36, 48, 4);
            under.fill();
            under.restoreState();
        } else {
            under.saveState();
            under.setColorStroke(theme.colors().primary());
            under.setLineWidth(2.5f);
            under.moveTo(left, bandBottom + 20);
            under.lineTo(right, bandBottom + 20);
            under.stroke();
            under.restoreState();
        }

        under.endMarkedContentSequence();
        Structure.artifact(ctx.writer.getDirectContent(),
                () -> brandMark(ctx, left, page.getHeight() - 70, band ? theme.colors().coverText() : theme.colors().primary()));

        ColumnText title = new ColumnText(ctx.writer.getDirectContent());
        title.setSimpleColumn(left, bandBottom + 50, right - 40, page.getHeight() - 150);
        Paragraph t = new Paragraph(ctx.type.phrase(ctx.report.definition().title(), ctx.type.font(Typography.Role.COVER_TITLE, titleColor)));
        t.setLeading(36);
        title.addElement(t);
        if (!ctx.report.definition().subtitle().isEmpty()) {
            Paragraph s = new Paragraph(ctx.type.phrase(ctx.report.definition().subtitle(),
                    ctx.type.font(Typography.Role.COVER_SUBTITLE, titleColor)));
            s.setSpacingBefore(10);
            s.setLeading(20);
            title.addElement(s);
        }
        ctx.tags.onCanvas(ctx.writer.getDirectContent(), Structure.H1, () -> go(title));

        ColumnText meta = new ColumnText(ctx.writer.getDirectContent());
        meta.setSimpleColumn(left, ctx.document.bottom(), right - 60, bandBottom - 30);
        if (!ctx.report.definition().summary().isEmpty()) {
            Paragraph sum = new Paragraph(ctx.type.phrase(ctx.report.definition().summary(), Typography.Role.LEAD));
            sum.setLeading(17);
            sum.setSpacingAfter(18);
            meta.addElement(sum);
        }
        Paragraph ed = ctx.type.paragraph();
        ed.setLeading(15);
        if (!edition.isEmpty()) {
            ed.add(ctx.type.phrase("Edition " + edition + "\n", Typography.Role.BODY_BOLD));
        }
        String dated = String.join("\n", java.util.stream.Stream.of(date, theme.brand()).filter(x -> !x.isEmpty()).toList());
        ed.add(ctx.type.phrase(dated, Typography.Role.COVER_META));
        meta.addElement(ed);
        ctx.tags.onCanvas(ctx.writer.getDirectContent(), com.lowagie.text.pdf.PdfName.P, () -> go(meta));
        ctx.document.newPage();
    }

    /** The theme's logo, or the brand name set as a text mark when the theme has no logo. */
    private static void brandMark(RenderContext ctx, float x, float y, Color color) {
        if (ctx.theme.logo() != null) {
            try {
                Image logo = Image.getInstance(ctx.theme.logo().toString());
                logo.scaleToFit(140, 36);
                logo.setAbsolutePosition(x, y - logo.getScaledHeight() + 18);
                ctx.writer.getDirectContent().addImage(logo);
                return;
            } catch (Exception e) {
                throw DossierException.input(ErrorCode.THEME_LOGO, ctx.theme.logo() + ": logo cannot be read as PNG or JPEG ("
                        + e.getMessage() + ")");
            }
        }
        ColumnText.showTextAligned(ctx.writer.getDirectContent(), Element.ALIGN_LEFT,
                ctx.type.phrase(ctx.theme.brand().toUpperCase(java.util.Locale.ROOT),
                        ctx.type.font(Typography.Role.CAPTION_BOLD, color)), x, y, 0);
    }

    private static void go(ColumnText ct) {
        try {
            ct.go();
        } catch (com.lowagie.text.DocumentException e) {
            throw DossierException.failure(ErrorCode.RENDER_FAILED, "could not lay out the cover: " + e.getMessage(), e);
        }
    }
}
