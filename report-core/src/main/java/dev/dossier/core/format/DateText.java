package dev.dossier.core.format;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that sources write as text, printed in the report locale like a date column.
 *
 * <p>A whole date — ISO ({@code 2022-10-07}) or written out in English ({@code 7 Oct 2022},
 * {@code 7 October 2022}) — prints in the locale's medium date style ({@code 07.10.2022} in
 * {@code de-DE}, {@code Oct 7, 2022} in {@code en-US}); a month and year ({@code Jul 2024},
 * {@code July 2024}) prints as the locale's abbreviated month and the year ({@code Juli 2024}).
 * This holds for a date inside text too ("announced 6 Mar 2025" prints "announced 06.03.2025"),
 * so one column reads alike. What is not a whole date is left as written: "since 2019",
 * "Q1 2026", a day without a year ("14 Apr"), the second day of a range ("14–15 Jul 2025" keeps
 * its days and only the month and year follow the locale). Immutable and thread-safe.
 */
final class DateText {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?";
    /** A date or month in text: not glued to a word, a number or the dash of a range before it. */
    private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\p{N}\\-–/.])(?:"
            + "\\d{4}-\\d{2}-\\d{2}|\\d{1,2} " + MONTH + " \\d{4}|" + MONTH + " \\d{4})(?![\\p{L}\\p{N}\\-–/])");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final List<DateTimeFormatter> DAYS = List.of(english("d MMM uuuu"), english("d MMMM uuuu"));
    private static final List<DateTimeFormatter> MONTHS = List.of(english("MMM uuuu"), english("MMMM uuuu"));

    private final DateTimeFormatter days;
    private final DateTimeFormatter months;

    DateText(Locale locale) {
        this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.months = DateTimeFormatter.ofPattern("MMM uuuu", locale);
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** {@code text} with each whole date and month in it written as the locale writes them. */
    String format(String text) {
        if (text.indexOf(' ') < 0 && text.indexOf('-') < 0) {
            return text; // no date has neither
        }
        Matcher m = DATE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            String local = local(m.group());
            if (local != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                m.appendReplacement(out, Matcher.quoteReplacement(local));
            }
        }
        if (out == null) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    private String local(String date) {
        try {
            return days.format(LocalDate.parse(date, ISO));
        } catch (DateTimeParseException e) {
            // not ISO
        }
        String plain = date.replace(".", "");
        for (DateTimeFormatter f : DAYS) {
            try {
                return days.format(LocalDate.parse(plain, f));
            } catch (DateTimeParseException e) {
                // not this form
            }
        }
        for (DateTimeFormatter f : MONTHS) {
            try {
                return months.format(YearMonth.parse(plain, f));
            } catch (DateTimeParseException e) {
                // not this form
            }
        }
        return null;
    }
}
