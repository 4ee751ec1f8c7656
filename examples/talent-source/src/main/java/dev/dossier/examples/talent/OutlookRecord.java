package dev.dossier.examples.talent;

/**
 * One row of the bundled {@code talent.csv}, as written there: the talent and research rows of
 * the Dossier data brief's {@code outlook.csv}, copied verbatim.
 *
 * <p>{@code entity}, {@code period} and {@code value} may be compound, as the source states the
 * figures: {@code "China vs US"} / {@code "26 vs 28"}, or {@code "2019 → 2022"} / {@code "29 → 47"}.
 */
record OutlookRecord(String metric, String entity, String period, String value, String unit,
                     String sourceTitle, String source, String confidence, String notes) {
}
