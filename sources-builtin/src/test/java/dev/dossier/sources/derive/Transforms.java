package dev.dossier.sources.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named cell transforms a recipe column may apply to a brief cell ({@code as:}).
 *
 * <ul>
 *   <li>{@code urls}: every {@code http(s)://} address in the cell, in order, joined with {@code " ; "}
 *       (the brief's {@code "A (via B ; C)"} becomes {@code "A ; B ; C"}); empty when there is none.</li>
 *   <li>{@code publisher}: the cell itself when it holds no address (the brief names a publisher
 *       such as {@code The Tech Society} instead of a URL), else empty.</li>
 *   <li>{@code iso-date}: the first {@code d Mon yyyy} date in the cell as {@code yyyy-mm-dd}; empty when
 *       the cell has no day-precise date ({@code "Jul 2024"}, {@code "since 2019"}).</li>
 *   <li>{@code zh}: the Chinese name of the cell's text from {@code glossary-zh.yaml}; empty when absent.</li>
 * </ul>
 */
final class Transforms {
    private static final Pattern URL = Pattern.compile("https?://[^\\s;()]+");
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\\d{4})\\b");
    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    static final List<String> NAMES = List.of("urls", "publisher", "iso-date", "zh");

    private final Map<String, String> glossary;

    Transforms(Map<String, String> glossary) {
        this.glossary = glossary;
    }

    String apply(String name, String cell) {
        return switch (name) {
            case "urls" -> urls(cell);
            case "publisher" -> cell.contains("http") ? "" : cell;
            case "iso-date" -> isoDate(cell);
            case "zh" -> glossary.getOrDefault(cell, "");
            default -> throw new IllegalArgumentException("unknown transform " + name);
        };
    }

    static String urls(String cell) {
        List<String> found = new ArrayList<>();
        Matcher m = URL.matcher(cell);
        while (m.find()) {
            found.add(m.group());
        }
        return String.join(" ; ", found);
    }

    static String isoDate(String cell) {
        Matcher m = DATE.matcher(cell);
        if (!m.find()) {
            return "";
        }
        int month = MONTHS.indexOf(m.group(2)) + 1;
        return String.format("%s-%02d-%02d", m.group(3), month, Integer.parseInt(m.group(1)));
    }
}
