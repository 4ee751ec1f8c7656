package dev.dossier.scheduler;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a schedule's output pattern for one fire time.
 *
 * <p>{@code {name}} becomes the schedule's name; a batch row's parameter name becomes its value;
 * any other {@code {…}} is a {@link DateTimeFormatter} pattern applied to the fire time in the
 * schedule's zone ({@code reports/{yyyy-MM-dd}/{name}.pdf}).
 */
final class OutputPattern {

    private static final Pattern FIELD = Pattern.compile("\\{([^}]+)}");

    private OutputPattern() {
    }

    static Path expand(Path root, String pattern, String name, Instant fireTime, ZoneId zone, Map<String, String> row) {
        Matcher m = FIELD.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String field = m.group(1);
            String value = field.equals("name") ? name
                    : row.containsKey(field) ? row.get(field).replaceAll("[/\\\\:*?\"<>|]", "_")
                    : DateTimeFormatter.ofPattern(field).withZone(zone).format(fireTime);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return root.resolve(out.toString()).normalize();
    }
}
