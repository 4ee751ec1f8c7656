package dev.dossier.core.template;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.text.DidYouMean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report parameters every template understands — {@code edition}, {@code classification},
 * {@code locale} (BCP 47, e.g. {@code de-DE}: how numbers are formatted and dates shaped; month names come from {@code language}),
 * {@code language} (BCP 47: the language the prose is written in, the PDF's {@code /Lang}),
 * {@code date} (ISO, the date on the cover) — and the checks on parameters given with {@code -p}.
 *
 * <p>Language and locale are separate: a template's prose is in one language, while its numbers
 * may be printed for any locale, so {@code -p locale=de-DE} formats {@code 5.600} but leaves an
 * English briefing tagged {@code en-US}.
 */
public final class ReportParameters {

    /** Parameters every template understands, whether or not it declares them. */
    public static final List<String> STANDARD = List.of("edition", "classification", "locale", "language", "date");

    private ReportParameters() {
    }

    /**
     * A {@code -p} override must name a parameter the template declares or a standard one: a typo must not pass silently.
     *
     * @throws DossierException INPUT {@code DOS-PARAM-UNKNOWN} with the closest parameter
     */
    public static void checkOverrides(ReportDefinition def, Map<String, String> overrides) {
        List<String> known = new ArrayList<>(STANDARD);
        def.parameters().keySet().stream().filter(k -> !known.contains(k)).forEach(known::add);
        for (String key : overrides.keySet()) {
            if (!known.contains(key)) {
                throw DossierException.input(ErrorCode.PARAM_UNKNOWN, "-p " + key + ": the template has no parameter '" + key
                        + "'" + DidYouMean.hint(key, known) + "; parameters are " + String.join(", ", known));
            }
        }
    }

    /**
     * The report locale; US English when the {@code locale} parameter is absent.
     *
     * @throws DossierException INPUT {@code DOS-PARAM-LOCALE} when it names no language the JDK can format for
     */
    public static Locale locale(ReportDefinition def) {
        String tag = def.parameters().get("locale");
        if (tag == null || tag.isBlank()) {
            return Locale.US;
        }
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        boolean known = !locale.getLanguage().isEmpty() && Arrays.stream(Locale.getAvailableLocales())
                .anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
        if (!known || !locale.toLanguageTag().equalsIgnoreCase(tag.replace('_', '-'))) {
            throw DossierException.input(ErrorCode.PARAM_LOCALE, "locale '" + tag
                    + "' is not a language tag Dossier can format for; expected e.g. en-US, de-DE, zh-CN");
        }
        return locale;
    }

    /**
     * The language of the report's prose, written as the PDF's {@code /Lang} and in its XMP: the
     * {@code language} parameter when given (in the template or with {@code -p}); else the
     * {@code locale} the template itself declares (see {@link ReportDefinition#withParameters}:
     * a {@code -p locale=} override does not change the language); else US English.
     *
     * @throws DossierException INPUT {@code DOS-PARAM-LANGUAGE} when it is not a BCP 47 language tag
     */
    public static Locale language(ReportDefinition def) {
        String tag = def.parameters().get("language");
        if (tag == null || tag.isBlank()) {
            String declared = def.parameters().get("locale");
            return declared == null || declared.isBlank() ? Locale.US : locale(def);
        }
        Locale language;
        try {
            language = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (java.util.IllformedLocaleException e) {
            language = Locale.ROOT;
        }
        if (language.getLanguage().isEmpty()) {
            throw DossierException.input(ErrorCode.PARAM_LANGUAGE, "language '" + tag
                    + "' is not a BCP 47 language tag; expected e.g. en-US, en-GB, de-DE, zh-Hans-CN");
        }
        return language;
    }

    /**
     * The date printed on the cover: the {@code date} parameter when given; else the day of the
     * run's fixed date ({@code SOURCE_DATE_EPOCH}); else none for a reproducible run (a 1970
     * date would mislead readers); else today.
     *
     * @param fixedDate the instant a reproducible run writes into the PDF, or null
     * @throws DossierException INPUT {@code DOS-PARAM-DATE} when the parameter is not an ISO date
     */
    public static LocalDate coverDate(ReportDefinition def, Instant fixedDate, boolean deterministic) {
        String given = def.parameters().get("date");
        if (given != null && !given.isBlank()) {
            try {
                return LocalDate.parse(given.strip());
            } catch (DateTimeParseException e) {
                throw DossierException.input(ErrorCode.PARAM_DATE, "date '" + given + "' is not a date; expected YYYY-MM-DD, e.g. 2025-11-30");
            }
        }
        if (fixedDate != null && !fixedDate.equals(Instant.EPOCH)) {
            return LocalDate.ofInstant(fixedDate, ZoneOffset.UTC);
        }
        return deterministic ? null : LocalDate.now(ZoneOffset.UTC);
    }
}
