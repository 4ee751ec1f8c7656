package dev.dossier.core.format;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text cell that is entirely one date, printed like a date column; any other text left exactly
 * as written.
 *
 * <p>A whole cell that is a date — ISO ({@code 2022-10-07}) or written out in English
 * ({@code 7 Oct 2022}, {@code 7 October 2022}) — prints as {@link DateStyle#table}: the number
 * locale's medium shape with month names in the document language ({@code 07.10.2022} for
 * {@code de-DE}, {@code Oct 7, 2022} for {@code en-US}). A whole cell that is a month and year
 * ({@code Jul 2024}, {@code July 2024}) prints as {@link DateStyle#month}, in the language only
 * ({@code Jul 2024} in an English document whatever the locale, {@code Juli 2024} in a German one).
 *
 * <p>A date inside a longer phrase ("announced 6 Mar 2025", "14–15 Jul 2025", "end-Jun 2023") is
 * part of the prose and is never rewritten, nor is anything that is not a real date
 * ("31 Feb 2025", "Q1 2026", "since 2019"). Immutable and thread-safe.
 */
final class DateText {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?";
    /** A whole cell that may be a date: ISO, day month year, or month year. */
    private static final Pattern WHOLE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}|\\d{1,2} " + MONTH + " \\d{4}|" + MONTH + " \\d{4}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final List<DateTimeFormatter> DAYS = List.of(english("d MMM uuuu"), english("d MMMM uuuu"));
    private static final List<DateTimeFormatter> MONTHS = List.of(english("MMM uuuu"), english("MMMM uuuu"));

    private final DateTimeFormatter days;
    private final DateTimeFormatter months;

    /**
     * @param locale   the number locale: the shape of a whole date
     * @param language the document language: the month names
     */
    DateText(Locale locale, Locale language) {
        this.days = DateStyle.table(locale, language);
        this.months = DateStyle.month(language);
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** {@code text} printed as a date when the whole of it (bar surrounding spaces) is one; else {@code text} unchanged. */
    String format(String text) {
        String whole = text.strip();
        if (whole.length() > 20 || !WHOLE.matcher(whole).matches()) {
            return text;
        }
        String local = local(whole);
        return local == null ? text : local;
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
