package dev.dossier.examples.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One figure of a compound source row: an entity, the period it refers to, and the value as written.
 *
 * <p>A value written {@code "26 vs 28"} compares entities: with {@code "China vs US"} and
 * {@code "2022"} it is (China, 2022, 26) and (US, 2022, 28). A value written {@code "29 → 47"}
 * is a change over time: with {@code "China"} and {@code "2019 → 2022"} it is (China, 2019, 29)
 * and (China, 2022, 47), and the entity stays whole even when it reads {@code "US vs China"}.
 * Values are never computed, only split.
 */
record Figure(String entity, String period, String value) {

    private static final String VERSUS = " vs ";
    private static final String ARROW = " → ";

    /**
     * Splits a record's figures.
     *
     * @throws IllegalArgumentException when the parts do not pair up (the data file changed shape)
     */
    static List<Figure> of(OutlookRecord r) {
        boolean comparison = r.value().contains(VERSUS);
        List<String> values = split(r.value(), comparison ? VERSUS : ARROW);
        List<String> entities = comparison ? split(r.entity(), VERSUS) : List.of(r.entity().strip());
        List<String> periods = comparison ? List.of(r.period().strip()) : split(r.period(), ARROW);
        int n = values.size();
        if (!fits(entities, n) || !fits(periods, n)) {
            throw new IllegalArgumentException("'" + r.metric() + "': " + r.entity() + " / " + r.period()
                    + " / " + r.value() + " do not pair up");
        }
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Figure(pick(entities, i), pick(periods, i), values.get(i)));
        }
        return out;
    }

    private static List<String> split(String text, String separator) {
        return Stream.of(text.split(Pattern.quote(separator))).map(String::strip).toList();
    }

    private static boolean fits(List<String> parts, int n) {
        return parts.size() == 1 || parts.size() == n;
    }

    private static String pick(List<String> parts, int i) {
        return parts.size() == 1 ? parts.get(0) : parts.get(i);
    }
}
