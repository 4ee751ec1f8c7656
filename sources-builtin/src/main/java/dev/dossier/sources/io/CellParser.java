package dev.dossier.sources.io;

import dev.dossier.api.ColumnType;
import dev.dossier.api.Qualifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the text of one cell into a typed value, the way figures are written in the data files.
 *
 * <p>Accepted forms, after trimming:
 * <ul>
 *   <li>empty text or {@code not found} (any case) — no value ({@link Cell#EMPTY}); whether that is
 *       allowed is the caller's decision (see {@link dev.dossier.api.Column#required()})</li>
 *   <li>a trailing {@code [E]} marks the value as an estimate; a trailing {@code [P]} (published) is dropped</li>
 *   <li>numbers: {@code 38210}, {@code 38,210} (groups of three), {@code 2.039}, {@code -1.5}, {@code +13.9},
 *       in the {@link NumberSyntax} given ({@link NumberSyntax#STANDARD} unless told otherwise, so
 *       {@code 1.234,5} with {@code NumberSyntax.of(Locale.GERMANY)}); a percent may end in {@code %}
 *       ({@code 12,5 %}); an amount of money may carry a currency before or after the number, as
 *       a symbol ({@code $ € £ ¥}) or a three-letter code ({@code $1.2}, {@code 1.2 USD},
 *       {@code EUR 3}). The currency is dropped, not converted: the column's unit names it</li>
 *   <li>digits of any script ({@code ٨٧} is 87) and bidirectional marks around the sign, as
 *       exports in Arabic or Hebrew write them</li>
 *   <li>numeric qualifiers before the number: {@code ~}, {@code ≈}, {@code about} → approximate;
 *       {@code >}, {@code more than}, {@code over} → more than; {@code <}, {@code less than},
 *       {@code under} → less than; {@code up to}, {@code ≤} → up to</li>
 *   <li>{@link ColumnType#YEAR}: four digits; {@link ColumnType#DATE}: ISO {@code yyyy-mm-dd};
 *       {@link ColumnType#STRING}: the text itself</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CellParser {

    private static final String NOT_FOUND = "not found";
    // Longer is hostile or a mistake; BigDecimal would accept it, nothing downstream needs it.
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("^([$€£¥]|[A-Z]{3}(?=[\\s\\d+-]))\\s*");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*([$€£¥]|(?<=[\\s\\d])[A-Z]{3})$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    // Longer prefixes first, so "up to" is not mistaken for something shorter.
    private static final List<Map.Entry<String, Qualifier>> PREFIXES = List.of(
            Map.entry("more than", Qualifier.MORE_THAN),
            Map.entry("less than", Qualifier.LESS_THAN),
            Map.entry("up to", Qualifier.UP_TO),
            Map.entry("about", Qualifier.APPROXIMATE),
            Map.entry("over", Qualifier.MORE_THAN),
            Map.entry("under", Qualifier.LESS_THAN),
            Map.entry("~", Qualifier.APPROXIMATE),
            Map.entry("≈", Qualifier.APPROXIMATE),
            Map.entry(">", Qualifier.MORE_THAN),
            Map.entry("<", Qualifier.LESS_THAN),
            Map.entry("≤", Qualifier.UP_TO));

    private CellParser() {
    }

    /**
     * Parses {@code text} as a value of {@code type}.
     *
     * @param text the cell as written; {@code null} is read as empty
     * @throws CellFormatException saying what was found and what was expected, e.g. {@code 'n/a' is not a decimal}
     */
    public static Cell parse(String text, ColumnType type) throws CellFormatException {
        return parse(text, type, NumberSyntax.STANDARD);
    }

    /**
     * Parses {@code text} as a value of {@code type}, reading numbers in {@code numbers}.
     *
     * @throws CellFormatException saying what was found and what was expected, e.g. {@code '1,5' is not a decimal}
     */
    public static Cell parse(String text, ColumnType type, NumberSyntax numbers) throws CellFormatException {
        String body = text == null ? "" : text.strip();
        boolean estimated = false;
        if (endsWithMark(body, "[E]")) {
            estimated = true;
            body = body.substring(0, body.length() - 3).strip();
        } else if (endsWithMark(body, "[P]")) {
            body = body.substring(0, body.length() - 3).strip();
        }
        if (body.isEmpty() || body.equalsIgnoreCase(NOT_FOUND)) {
            return Cell.EMPTY;
        }
        return switch (type) {
            case STRING -> new Cell(body, Qualifier.EXACT, estimated);
            case YEAR -> new Cell(parseYear(body), Qualifier.EXACT, estimated);
            case DATE -> new Cell(parseDate(body), Qualifier.EXACT, estimated);
            case INTEGER, DECIMAL, PERCENT, MONEY -> parseNumber(body, type, estimated, numbers);
        };
    }

    private static boolean endsWithMark(String body, String mark) {
        return body.length() >= mark.length()
                && body.regionMatches(true, body.length() - mark.length(), mark, 0, mark.length());
    }

    private static Cell parseNumber(String written, ColumnType type, boolean estimated, NumberSyntax numbers)
            throws CellFormatException {
        String body = plainDigits(written);
        if (body.length() > MAX_NUMBER_LENGTH) {
            throw new CellFormatException("'" + shown(body) + "' is too long for a number (over "
                    + MAX_NUMBER_LENGTH + " characters)");
        }
        Qualifier qualifier = Qualifier.EXACT;
        String number = body;
        String lower = body.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Qualifier> prefix : PREFIXES) {
            if (lower.startsWith(prefix.getKey())) {
                qualifier = prefix.getValue();
                number = body.substring(prefix.getKey().length()).strip();
                break;
            }
        }
        String sign = sign(number);
        number = number.substring(sign.length());
        if (type == ColumnType.PERCENT && number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        if (type == ColumnType.MONEY) {
            number = CURRENCY_AFTER.matcher(CURRENCY_BEFORE.matcher(number).replaceFirst("")).replaceFirst("");
            if (sign.isEmpty()) {
                // "$-1.2" as well as "-$1.2"
                sign = sign(number);
                number = number.substring(sign.length());
            }
        }
        String canonical = numbers.canonical(number);
        if (canonical == null) {
            throw notA(written.equals(body) ? body : written, type, numbers);
        }
        BigDecimal value = new BigDecimal(sign.equals("-") ? "-" + canonical : canonical);
        if (type == ColumnType.INTEGER) {
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw notA(body, type, numbers);
            }
            try {
                return new Cell(value.longValueExact(), qualifier, estimated);
            } catch (ArithmeticException tooLarge) {
                throw new CellFormatException("'" + body + "' is too large for an integer");
            }
        }
        return new Cell(value, qualifier, estimated);
    }

    /**
     * The text with every decimal digit as an ASCII digit and without bidirectional marks, so a
     * number exported in Arabic ({@code ؜-٨٧٫١٩}), Bengali or Hebrew (with its left-to-right mark)
     * reads like any other; the separators stay the locale's.
     */
    private static String plainDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = c == '\u200E' || c == '\u200F' || c == '\u061C' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069';
            boolean foreignDigit = c > '9' && Character.isDigit(c);
            if (mark || foreignDigit) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (foreignDigit) {
                    out.append((char) ('0' + Character.digit(c, 10)));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The sign at the start of {@code number} ({@code +}, {@code -}; a minus sign U+2212 counts as {@code -}), or "". */
    private static String sign(String number) {
        if (number.startsWith("+")) {
            return "+";
        }
        return number.startsWith("-") || number.startsWith("\u2212") ? "-" : "";
    }

    /** The text as quoted in a message: long cells are cut so a hostile file cannot flood the log. */
    private static String shown(String body) {
        return body.length() <= 40 ? body : body.substring(0, 40) + "…";
    }

    private static Integer parseYear(String body) throws CellFormatException {
        if (!YEAR.matcher(body).matches()) {
            throw new CellFormatException("'" + body + "' is not a year (expected four digits, e.g. 2025)");
        }
        return Integer.valueOf(body);
    }

    private static LocalDate parseDate(String body) throws CellFormatException {
        try {
            return LocalDate.parse(body);
        } catch (DateTimeParseException e) {
            throw new CellFormatException("'" + body + "' is not a date (expected yyyy-mm-dd, e.g. 2025-01-20)");
        }
    }

    private static CellFormatException notA(String body, ColumnType type, NumberSyntax numbers) {
        String what = switch (type) {
            case INTEGER -> "an integer";
            case PERCENT -> "a percent";
            case MONEY -> "an amount of money";
            default -> "a decimal";
        };
        String hint = !numbers.equals(NumberSyntax.STANDARD) ? " written " + numbers.describe()
                : body.matches("[-+]?[0-9.]*[0-9],[0-9]{1,2}") ? " (if the file writes decimals with a comma, set the 'locale' option, e.g. de-DE)"
                : "";
        return new CellFormatException("'" + shown(body) + "' is not " + what + hint);
    }
}
