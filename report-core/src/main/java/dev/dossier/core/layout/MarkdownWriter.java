package dev.dossier.core.layout;

import com.lowagie.text.Anchor;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import dev.dossier.core.resolve.ResolvedBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;

/**
 * Writes a resolved text block: the CommonMark (paragraphs, bold, italic, links, lists,
 * headings) in the body font, with the citation markers of its figures gathered into one
 * "[n, m]" at the end of each paragraph.
 */
final class MarkdownWriter {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownWriter() {
    }

    static void write(RenderContext ctx, ResolvedBlock.Prose block) {
        String markdown = block.markdown();
        ctx.checkGlyphs(ResolvedBlock.Prose.CITATION.matcher(markdown).replaceAll(""), block.location() + ": text");
        Node doc = PARSER.parse(markdown);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            Element e = blockElement(ctx, n, 0);
            if (e != null) {
                ctx.add(e, n instanceof Heading ? Structure.H2 : com.lowagie.text.pdf.PdfName.P);
            }
        }
    }

    private static final java.util.regex.Pattern CITE = ResolvedBlock.Prose.CITATION;

    private static Element blockElement(RenderContext ctx, Node n, int depth) {
        if (n instanceof org.commonmark.node.Paragraph) {
            Paragraph p = ctx.type.paragraph();
            p.setLeading(ctx.type.bodySize() * 1.45f);
            p.setIndentationRight(Measure.rightIndent(ctx));
            p.setSpacingAfter(6);
            inline(ctx, n, p, ctx.type.font(Typography.Role.BODY));
            return p;
        }
        if (n instanceof BlockQuote) {
            Paragraph p = ctx.type.paragraph();
            p.setLeading(ctx.type.bodySize() * 1.45f);
            p.setIndentationLeft(14);
            p.setIndentationRight(Measure.rightIndent(ctx));
            p.setSpacingAfter(6);
            for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
                inline(ctx, child, p, ctx.type.font(Typography.Role.BODY_ITALIC));
            }
            return p;
        }
        if (n instanceof Heading h) {
            Paragraph p = ctx.type.paragraph();
            p.setSpacingBefore(8);
            p.setSpacingAfter(3);
            inline(ctx, h, p, ctx.type.font(h.getLevel() <= 2 ? Typography.Role.H2 : Typography.Role.H3));
            ctx.keepSpace(80);
            return p;
        }
        if (n instanceof ListBlock list) {
            return list(ctx, list, depth);
        }
        return null;
    }

    private static com.lowagie.text.List list(RenderContext ctx, ListBlock block, int depth) {
        boolean ordered = block instanceof OrderedList;
        com.lowagie.text.List list = new com.lowagie.text.List(ordered, 14);
        // the symbol's font is also the font of an ordered list's numbers
        list.setListSymbol(new com.lowagie.text.Chunk(ordered ? "" : "•  ",
                ctx.type.font(Typography.Role.BODY_BOLD, ctx.theme.colors().primary())));
        list.setIndentationLeft(depth * 14f);
        list.setIndentationRight(depth == 0 ? Measure.rightIndent(ctx) : 0);
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            ListItem li = new ListItem("", ctx.type.font(Typography.Role.BODY));
            li.setLeading(ctx.type.bodySize() * 1.45f);
            li.setSpacingAfter(3);
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock nested) {
                    li.add(list(ctx, nested, depth + 1));
                } else {
                    inline(ctx, child, li, ctx.type.font(Typography.Role.BODY));
                }
            }
            list.add(li);
        }
        return list;
    }

    /**
     * Adds the inline content of {@code parent} to {@code target}, tracking bold and italic, then
     * the source numbers of the figures it quotes as one "[n, m]".
     */
    private static void inline(RenderContext ctx, Node parent, Phrase target, Font base) {
        java.util.Set<String> cited = new java.util.LinkedHashSet<>();
        parent.accept(new AbstractVisitor() {
            private final Deque<Font> fonts = new ArrayDeque<>(java.util.List.of(base));

            @Override
            public void visit(Text text) {
                Matcher m = CITE.matcher(text.getLiteral());
                while (m.find()) {
                    cited.add(m.group(1));
                }
                target.add(ctx.type.phrase(m.replaceAll(""), fonts.peek()));
            }

            @Override
            public void visit(Code code) {
                target.add(ctx.type.phrase(code.getLiteral(), fonts.peek()));
            }

            @Override
            public void visit(SoftLineBreak br) {
                target.add(new Phrase(" ", fonts.peek()));
            }

            @Override
            public void visit(HardLineBreak br) {
                target.add(new Phrase("\n", fonts.peek()));
            }

            @Override
            public void visit(StrongEmphasis strong) {
                withFont(ctx.type.font(Typography.Role.BODY_BOLD, fonts.peek().getColor()), strong);
            }

            @Override
            public void visit(Emphasis em) {
                withFont(ctx.type.font(Typography.Role.BODY_ITALIC, fonts.peek().getColor()), em);
            }

            @Override
            public void visit(Link link) {
                Font linkFont = new Font(fonts.peek().getBaseFont(), fonts.peek().getSize(), Font.UNDERLINE,
                        ctx.theme.colors().primary());
                Anchor a = new Anchor(ctx.type.phrase(plain(link), linkFont));
                a.setReference(link.getDestination());
                target.add(a);
            }

            @Override
            public void visit(BulletList list) {
                // nested lists are laid out by list(), not inline
            }

            @Override
            public void visit(OrderedList list) {
                // nested lists are laid out by list(), not inline
            }

            private void withFont(Font f, Node node) {
                Font sized = new Font(f.getBaseFont(), fonts.peek().getSize(), f.getStyle(), f.getColor());
                fonts.push(sized);
                visitChildren(node);
                fonts.pop();
            }
        });
        if (!cited.isEmpty()) {
            target.add(ctx.type.phrase(" [" + String.join(", ", cited) + "]", ctx.type.font(Typography.Role.CAPTION)));
        }
    }

    private static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }
        });
        return sb.toString();
    }
}
