package dev.dossier.core.layout;

import com.lowagie.text.ListItem;
import dev.dossier.core.resolve.ResolvedBlock;

/** Draws "What changed since the last edition": a heading, then one change per list item. */
final class ChangesWriter {

    private ChangesWriter() {
    }

    static final String HEADING = "What changed since the last edition";

    static void write(RenderContext ctx, ResolvedBlock.Changes block) {
        ctx.keepSpace(80);
        com.lowagie.text.Paragraph heading = ctx.type.paragraph();
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(3);
        heading.add(ctx.type.phrase(HEADING, Typography.Role.H2));
        ctx.add(heading, Structure.H2);
        com.lowagie.text.List list = new com.lowagie.text.List(false, 14);
        list.setIndentationRight(Measure.rightIndent(ctx));
        list.setListSymbol(new com.lowagie.text.Chunk("•  ",
                ctx.type.font(Typography.Role.BODY_BOLD, ctx.theme.colors().primary())));
        for (String line : block.lines()) {
            ctx.checkGlyphs(line, "what changed");
            ListItem item = new ListItem(ctx.type.phrase(line, Typography.Role.BODY));
            item.setLeading(ctx.type.bodySize() * 1.45f);
            item.setSpacingAfter(3);
            list.add(item);
        }
        ctx.add(list);
    }
}
