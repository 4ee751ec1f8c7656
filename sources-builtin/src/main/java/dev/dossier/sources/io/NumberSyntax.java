package dev.dossier.sources.io;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How numbers are written in a file: the decimal separator and the separators allowed between
 * groups of three digits.
 *
 * <p>{@link #STANDARD} reads {@code 38,210.5}; {@code NumberSyntax.of(Locale.GERMANY)} reads
 * {@code 38.210,5}. A value with grouping separators must group every three digits, so
 * {@code 1.5} is not read as fifteen hundred in German: it is rejected. An exponent may follow,
 * as spreadsheets write large values: {@code 1.2E+06}, {@code 1,2E+06} in German.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class NumberSyntax {

    /** The syntax of the curated data files and of JSON numbers: {@code .} decimal, {@code ,} between groups. */
    public static final NumberSyntax STANDARD = new NumberSyntax('.', ",");

    private final char decimal;
    private final String grouping;
    private final Pattern plain;
    private final Pattern grouped;

    /**
     * @param decimal  the decimal separator
     * @param grouping the characters accepted between digit groups
     * @throws IllegalArgumentException when {@code grouping} contains {@code decimal}
     */
    public NumberSyntax(char decimal, String grouping) {
        if (grouping.indexOf(decimal) >= 0) {
            throw new IllegalArgumentException("decimal separator '" + decimal + "' is also a grouping separator");
        }
        this.decimal = decimal;
        this.grouping = grouping;
        // Scientific notation (1,2E+06 in German) as spreadsheets export large or small values.
        String fraction = "(" + escape(String.valueOf(decimal)) + "\\d+)?([eE][+-]?\\d{1,4})?";
        this.plain = Pattern.compile("\\d+" + fraction);
        this.grouped = Pattern.compile("\\d{1,3}([" + escape(grouping) + "]\\d{3})+" + fraction);
    }

    /**
     * The syntax of a locale's formatted numbers. Where the locale groups with a space (French,
     * Swedish…) any of space, no-break space and narrow no-break space is accepted, since
     * spreadsheets export them interchangeably.
     */
    public static NumberSyntax of(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char group = symbols.getGroupingSeparator();
        String grouping = Character.isSpaceChar(group) ? " \u00A0\u202F" : String.valueOf(group);
        return new NumberSyntax(symbols.getDecimalSeparator(), grouping);
    }

    /** The decimal separator. */
    public char decimal() {
        return decimal;
    }

    /**
     * The unsigned number in {@code text} in Java syntax ({@code 1.234,5} → {@code 1234.5}), or
     * {@code null} when {@code text} is not a number in this syntax.
     */
    String canonical(String text) {
        if (!plain.matcher(text).matches() && !grouped.matcher(text).matches()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == decimal) {
                out.append('.');
            } else if (grouping.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // Each separator as a \\uXXXX escape, so that '.', '|' or a space mean themselves in a pattern.
    private static String escape(String chars) {
        StringBuilder out = new StringBuilder();
        chars.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }

    /** How numbers look in this syntax, for messages: "with ',' as decimal separator and '.' between groups". */
    public String describe() {
        return "with '" + decimal + "' as decimal separator" + (grouping.isEmpty() ? "" : " and '"
                + grouping.charAt(0) + "' between groups") + " (see the 'locale' option)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberSyntax n && n.decimal == decimal && n.grouping.equals(grouping);
    }

    @Override
    public int hashCode() {
        return decimal * 31 + grouping.hashCode();
    }

    @Override
    public String toString() {
        return "NumberSyntax[decimal '" + decimal + "', grouping '" + grouping + "']";
    }
}
