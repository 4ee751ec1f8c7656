package dev.dossier.sources.companies;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.sources.CuratedProvider;
import dev.dossier.sources.Shapes;

import java.util.List;

import static dev.dossier.api.ColumnType.DECIMAL;
import static dev.dossier.api.ColumnType.INTEGER;
import static dev.dossier.api.ColumnType.MONEY;
import static dev.dossier.api.ColumnType.STRING;
import static dev.dossier.api.ColumnType.YEAR;
import static dev.dossier.sources.Shapes.optional;
import static dev.dossier.sources.Shapes.required;

/**
 * Chinese AI companies: counts under different definitions, profiles, notable models, the model
 * performance gap, valuations and the "national team", as curated in the data brief.
 *
 * <p>Datasets (id {@code companies}):
 * <ul>
 *   <li>{@code company-counts} — {@code series} string (the count and its definition or source;
 *       never mix series in one chart), {@code entity} string, {@code period} string,
 *       {@code companies} integer, optional (empty where not found)</li>
 *   <li>{@code profiles} — {@code company}, {@code name_zh} (optional), {@code founded},
 *       {@code hq}, {@code focus}, {@code flagship}, {@code flagship_zh} (optional) strings; {@code founded}
 *       is text as the brief gives it: a year, with the month or a caveat where the brief has one
 *       ({@code "2023 (10 Apr)"}, {@code "2011 (some sources: 2012)"})</li>
 *   <li>{@code notable-models} — {@code country} string, {@code year} year, {@code models} integer</li>
 *   <li>{@code model-gap} — {@code measure} string, {@code period} string, {@code gap} decimal,
 *       {@code unit} string (per row: "% gap" or "Elo points")</li>
 *   <li>{@code valuations} — {@code company}, {@code period} strings, {@code valuation_usd_billion}
 *       and {@code valuation_cny_billion} money, optional, {@code detail} string, optional</li>
 *   <li>{@code national-team} — {@code company}, {@code company_zh} (optional), {@code designated},
 *       {@code domain} strings</li>
 *   <li>{@code indicators} — other figures; see {@link Shapes#indicators}. Rows about events dated
 *       after an edition (a 2026 model release or listing) carry an ISO {@code as_of} date
 *       ({@code 2026-04-27}, or {@code 2026-01} where the brief gives only the month)</li>
 * </ul>
 * Errors: see {@link CuratedProvider}.
 *
 * @since 0.1
 */
public final class CompaniesProvider extends CuratedProvider {

    public CompaniesProvider() {
        super("companies", "AI companies in China and elsewhere: counts, profiles, models, valuations", List.of(
                new DatasetDescriptor("company-counts",
                        "Counts of AI companies by country, one row per series, place and date; series use"
                                + " different definitions and must not be mixed in one chart", List.of(
                        required("series", STRING, "", "Series (definition)"),
                        required("entity", STRING, "", "Country"),
                        required("period", STRING, "", "As of"),
                        optional("companies", INTEGER, "companies", "Companies"))),
                new DatasetDescriptor("profiles",
                        "Profiles of China's leading AI companies and start-ups, one row per company", List.of(
                        required("company", STRING, "", "Company"),
                        optional("name_zh", STRING, "", "Chinese name"),
                        required("founded", STRING, "", "Founded"),
                        required("hq", STRING, "", "Headquarters"),
                        required("focus", STRING, "", "Focus"),
                        required("flagship", STRING, "", "Flagship models and products"),
                        optional("flagship_zh", STRING, "", "Flagship (Chinese name)"))),
                new DatasetDescriptor("notable-models",
                        "Notable AI models by country of origin and year (Stanford AI Index)", List.of(
                        required("country", STRING, "", "Country"),
                        required("year", YEAR, "", "Year"),
                        required("models", INTEGER, "models", "Notable models"))),
                new DatasetDescriptor("model-gap",
                        "Performance gap between the top US and top Chinese model on LMSYS Chatbot Arena;"
                                + " one row per measure and date, unit per row", List.of(
                        required("measure", STRING, "", "Measure"),
                        required("period", STRING, "", "Date"),
                        required("gap", DECIMAL, "", "Gap"),
                        required("unit", STRING, "", "Unit"))),
                new DatasetDescriptor("valuations",
                        "Reported valuations of Chinese AI start-ups, one row per company and date", List.of(
                        required("company", STRING, "", "Company"),
                        required("period", STRING, "", "As of"),
                        optional("valuation_usd_billion", MONEY, "USD billion", "Valuation (USD bn)"),
                        optional("valuation_cny_billion", MONEY, "CNY billion", "Valuation (CNY bn)"),
                        optional("detail", STRING, "", "Detail"))),
                new DatasetDescriptor("national-team",
                        "Companies designated by MOST as national AI open-innovation platforms ('national team')", List.of(
                        required("company", STRING, "", "Company"),
                        optional("company_zh", STRING, "", "Chinese name"),
                        required("designated", STRING, "", "Designated"),
                        required("domain", STRING, "", "Platform domain"))),
                Shapes.indicators("Other company and model figures: foundation models, LLM counts, registered"
                        + " services, training cost, listings")));
    }
}
