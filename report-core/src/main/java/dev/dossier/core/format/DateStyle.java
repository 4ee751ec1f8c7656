package dev.dossier.core.format;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The date forms a report prints, split between the number {@code locale} and the document
 * {@code language}.
 *
 * <p>The locale decides the <em>shape</em> of a date in a table (order, separators, numeric or
 * not: {@code 07.10.2022} in {@code de-DE}, {@code Oct 7, 2022} in {@code en-US}); the language
 * decides every <em>word</em> in it (month names), so an English document never prints a German
 * month name whatever the locale. The cover and running-header date is prose: it is written wholly
 * in the language ({@code December 3, 2026} in {@code en-US}, {@code 3. Dezember 2026} in
 * {@code de-DE}).
 *
 * <p>Stateless; the formatters returned are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DateStyle {

    private DateStyle() {
    }

    /**
     * A date in a table: the locale's medium pattern with month names from {@code language}.
     * Equal to the locale's own medium style when the pattern is all-numeric or the two agree.
     */
    public static DateTimeFormatter table(Locale locale, Locale language) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern, language);
    }

    /** A month and year in a table ({@code Jul 2024}; {@code Juli 2024} in German): always in {@code language}. */
    public static DateTimeFormatter month(Locale language) {
        return DateTimeFormatter.ofPattern("MMM uuuu", language);
    }

    /** The cover and running-header date: the long style of {@code language}. */
    public static DateTimeFormatter cover(Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
    }
}
