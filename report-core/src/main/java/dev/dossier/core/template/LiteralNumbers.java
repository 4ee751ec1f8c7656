package dev.dossier.core.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures typed into a template's titles and captions, where a figure reference would make
 * them follow the report locale: "5,600 billion yuan" stays in US form under {@code -p locale=de-DE}
 * while the bar beside it reads "5.600"; {@code {{outlook/industry-size[year=2030].cny_billion}}}
 * would follow.
 *
 * <p>A literal is a number standing on its own (not part of a name such as "H100", "910C" or
 * "GPT-4") that has a thousands separator ({@code 5,600}), decimals ({@code 578.4}) or at least
 * three digits and is not a year from 1900 to 2100 ({@code 700}, not {@code 2030}). Text inside
 * a figure reference is not looked at. The texts checked are section titles and leads, exhibit and
 * table titles, subtitles and notes (the captions), and KPI labels and details; prose is free text
 * and is not checked. A pure function of the definition; thread-safe.
 */
public final class LiteralNumbers {

    /**
     * A number typed into a title or caption.
     *
     * @param at      where the text was written (the block's or section's line)
     * @param what    which text, e.g. "exhibit title"
     * @param literal the number as written, e.g. "5,600"
     * @param value   its value (separators removed), e.g. 5600
     * @param block   the block the text belongs to; null for a section title or lead
     */
    public record Literal(SourceLocation at, String what, String literal, BigDecimal value, Block block) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.,-])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\p{L}\\p{N}_])"
            + "|(?<![\\p{L}\\p{N}_.,-])\\d+(?:\\.\\d+)?(?![\\p{L}\\p{N}_]|[.,]\\d)");

    private LiteralNumbers() {
    }

    /** Every literal number in the titles and captions of {@code def}, in template order. */
    public static List<Literal> in(ReportDefinition def) {
        List<Literal> out = new ArrayList<>();
        for (Section s : def.sections()) {
            find(s.title(), s.location(), "section title", null, out);
            find(s.lead(), s.location(), "section lead", null, out);
            for (Block b : s.blocks()) {
                if (b instanceof Block.Chart c) {
                    find(c.title(), c.location(), "exhibit title", b, out);
                    find(c.subtitle(), c.location(), "exhibit subtitle", b, out);
                    find(c.note(), c.location(), "exhibit note", b, out);
                } else if (b instanceof Block.Table t) {
                    find(t.title(), t.location(), "table title", b, out);
                    find(t.subtitle(), t.location(), "table subtitle", b, out);
                    find(t.note(), t.location(), "table note", b, out);
                } else if (b instanceof Block.Kpis k) {
                    for (Block.Kpi tile : k.tiles()) {
                        find(tile.label(), k.location(), "KPI label", b, out);
                        find(tile.detail(), k.location(), "KPI detail", b, out);
                    }
                }
            }
        }
        return out;
    }

    /** The literal numbers of one text, as written; empty when it has none. */
    public static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = NUMBER.matcher(FigureRef.IN_TEXT.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (isLiteral(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static void find(String text, SourceLocation at, String what, Block block, List<Literal> out) {
        for (String literal : in(text)) {
            out.add(new Literal(at, what, literal, new BigDecimal(literal.replace(",", "")), block));
        }
    }

    private static boolean isLiteral(String number) {
        if (number.contains(",") || number.contains(".")) {
            return true;
        }
        if (number.length() < 3) {
            return false;
        }
        int n = number.length() <= 4 ? Integer.parseInt(number) : -1;
        return !(number.length() == 4 && n >= 1900 && n <= 2100);
    }
}
