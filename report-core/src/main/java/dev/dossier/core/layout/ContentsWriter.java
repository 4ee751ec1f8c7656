package dev.dossier.core.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import dev.dossier.core.template.Section;

import java.util.List;
import java.util.Map;

/**
 * Writes the table of contents: one linked line per section with a dotted leader and the
 * page number recorded by the previous rendering pass ("…" in the first pass, which has the
 * same width class so both passes paginate alike).
 */
final class ContentsWriter {

    private ContentsWriter() {
    }

    static void write(RenderContext ctx, List<Section> sections, Map<String, Integer> pages) {
        Paragraph heading = new Paragraph(ctx.type.phrase("Contents", Typography.Role.H1));
        heading.setSpacingAfter(18);
        ctx.add(heading);
        for (int i = 0; i < sections.size(); i++) {
            String anchor = ReportRenderer.anchor(i);
            Integer page = pages.get(anchor);
            Paragraph line = ctx.type.paragraph();
            line.setLeading(ctx.type.bodySize() * 2.1f);
            Chunk number = new Chunk(String.format("%2d", i + 1) + "   ", ctx.type.font(Typography.Role.BODY_BOLD, ctx.theme.colors().primary()));
            number.setLocalGoto(anchor);
            line.add(number);
            var title = ctx.type.phrase(sections.get(i).title(), Typography.Role.CONTENTS);
            for (Object o : title.getChunks()) {
                ((Chunk) o).setLocalGoto(anchor);
            }
            line.add(title);
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3);
            dots.setLineColor(ctx.theme.colors().rule());
            dots.setOffset(-2);
            line.add(new Chunk(dots));
            Chunk pageNo = new Chunk(page == null ? "00" : Integer.toString(page), ctx.type.font(Typography.Role.CONTENTS));
            pageNo.setLocalGoto(anchor);
            line.add(pageNo);
            ctx.add(line);
        }
        ctx.document.newPage();
    }
}
