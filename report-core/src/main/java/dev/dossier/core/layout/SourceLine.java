package dev.dossier.core.layout;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

import java.util.List;

/** The small "Source: …" and "Note: …" lines under an exhibit or table. */
final class SourceLine {

    private SourceLine() {
    }

    /** The resolved "Source: … [n]." line under an exhibit or table. */
    static Paragraph sources(RenderContext ctx, String text) {
        Paragraph para = new Paragraph(ctx.type.phrase(text, Typography.Role.CAPTION));
        para.setSpacingBefore(3);
        para.setLeading(ctx.type.font(Typography.Role.CAPTION).getSize() * 1.3f);
        return para;
    }

    /** "Note: …" lines; empty lines are skipped. Returns null when there is nothing to note. */
    static Paragraph notes(RenderContext ctx, List<String> notes) {
        List<String> kept = notes.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
                .map(ctx.theme.estimateMark()::note).toList();
        if (kept.isEmpty()) {
            return null;
        }
        String text = (kept.size() == 1 ? "Note: " : "Notes: ") + String.join(" ", kept.stream()
                .map(n -> n.endsWith(".") ? n : n + ".").toList());
        Paragraph para = new Paragraph(ctx.type.phrase(text, Typography.Role.CAPTION));
        para.setLeading(ctx.type.font(Typography.Role.CAPTION).getSize() * 1.3f);
        return para;
    }

    /** A title line such as "Exhibit 3  China files six times as many …", with an optional subtitle. */
    static Paragraph heading(RenderContext ctx, String label, String title, String subtitle) {
        Paragraph p = ctx.type.paragraph();
        p.setSpacingBefore(10);
        p.setLeading(ctx.type.font(Typography.Role.H3).getSize() * 1.3f);
        p.add(new Phrase(label.toUpperCase(java.util.Locale.ROOT) + "   ", ctx.type.font(Typography.Role.CAPTION_BOLD)));
        if (title != null && !title.isBlank()) {
            p.add(ctx.type.phrase(title, Typography.Role.H3));
        }
        if (subtitle != null && !subtitle.isBlank()) {
            p.add(new Phrase("\n", ctx.type.font(Typography.Role.CAPTION)));
            p.add(ctx.type.phrase(subtitle, Typography.Role.CAPTION));
        }
        p.setSpacingAfter(4);
        return p;
    }
}
