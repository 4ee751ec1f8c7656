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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates that sources write as text, printed in the report locale like a date column.
 *
 * <p>A text value that is <em>exactly</em> one date — ISO ({@code 2022-10-07}) or written out in
 * English ({@code 7 Oct 2022}, {@code 7 October 2022}) — prints in the locale's medium date style
 * ({@code 07.10.2022} in {@code de-DE}, {@code Oct 7, 2022} in {@code en-US}); a month and year
 * ({@code Jul 2024}, {@code July 2024}) prints as the locale's abbreviated month and the year
 * ({@code Juli 2024}). Anything else — "since 2019", "Q1 2026", "issued 21 Aug 2025; published
 * 26 Aug 2025" — is left as written, since it is not one date. Immutable and thread-safe.
 */
final class DateText {

    private static final Pattern CANDIDATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}|\\d{1,2} [A-Za-z]{3,9}\\.? \\d{4}|[A-Za-z]{3,9}\\.? \\d{4}");
    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            english("d MMM uuuu"), english("d MMMM uuuu"));
    private static final List<DateTimeFormatter> MONTHS = List.of(english("MMM uuuu"), english("MMMM uuuu"));

    private final DateTimeFormatter days;
    private final DateTimeFormatter months;

    DateText(Locale locale) {
        this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.months = DateTimeFormatter.ofPattern("MMM uuuu", locale);
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** {@code text} in the locale's date form when it is one date or one month; empty otherwise. */
    Optional<String> format(String text) {
        String t = text.strip();
        if (!CANDIDATE.matcher(t).matches()) {
            return Optional.empty();
        }
        String plain = t.replace(".", "");
        for (DateTimeFormatter f : DAYS) {
            try {
                return Optional.of(days.format(LocalDate.parse(f == DateTimeFormatter.ISO_LOCAL_DATE ? t : plain, f)));
            } catch (DateTimeParseException e) {
                // not this form
            }
        }
        for (DateTimeFormatter f : MONTHS) {
            try {
                return Optional.of(months.format(YearMonth.parse(plain, f)));
            } catch (DateTimeParseException e) {
                // not this form
            }
        }
        return Optional.empty();
    }
}
