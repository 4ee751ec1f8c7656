package dev.dossier.core.layout;

import com.lowagie.text.Anchor;
import com.lowagie.text.Paragraph;
import dev.dossier.api.Confidence;
import dev.dossier.api.Provenance;
import dev.dossier.core.resolve.Citations;
import dev.dossier.core.resolve.ResolvedBlock;

/**
 * Writes the numbered sources appendix: for each cited source its title, publisher, date,
 * addresses, confidence and the exhibits that use it.
 */
final class SourcesAppendixWriter {

    private SourcesAppendixWriter() {
    }

    static void write(RenderContext ctx, ResolvedBlock.SourceList list) {
        for (Citations.Entry e : list.entries()) {
            Provenance p = e.provenance();
            Paragraph para = ctx.type.paragraph();
            para.setLeading(ctx.type.font(Typography.Role.CAPTION).getSize() * 1.35f + 1);
            para.setIndentationLeft(22);
            para.setFirstLineIndent(-22);
            para.setSpacingAfter(4);
            para.add(ctx.type.phrase("[" + e.number() + "]  ", Typography.Role.TABLE_BOLD));
            para.add(ctx.type.phrase(p.title(), Typography.Role.TABLE_BOLD));
            StringBuilder meta = new StringBuilder();
            if (!p.publisher().isEmpty() && !p.title().contains(p.publisher())) {
                meta.append(". ").append(p.publisher());
            }
            if (!p.asOf().isEmpty()) {
                meta.append(". ").append(p.asOf());
            }
            meta.append(". Confidence: ").append(ConfidenceLine.of(e));
            meta.append('.');
            para.add(ctx.type.phrase(meta.toString(), Typography.Role.TABLE));
            if (!p.url().isBlank() && !p.url().contains("http")) {
                para.add(ctx.type.phrase("\n" + p.url(), Typography.Role.CAPTION));
            }
            for (String token : p.url().split("\\s+")) {
                String u = token.replaceAll("[),;.]+$", "").replaceAll("^\\(", "");
                if (u.startsWith("http")) {
                    Anchor link = new Anchor(ctx.type.phrase("\n" + u,
                            ctx.type.font(Typography.Role.CAPTION, ctx.theme.colors().primary())));
                    link.setReference(u);
                    para.add(link);
                }
            }
            ctx.add(para);
        }
    }
}
