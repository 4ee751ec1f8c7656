package dev.dossier.sources.funding;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.sources.CuratedProvider;
import dev.dossier.sources.Shapes;

import java.util.List;

import static dev.dossier.api.ColumnType.INTEGER;
import static dev.dossier.api.ColumnType.MONEY;
import static dev.dossier.api.ColumnType.STRING;
import static dev.dossier.api.ColumnType.YEAR;
import static dev.dossier.sources.Shapes.optional;
import static dev.dossier.sources.Shapes.required;

/**
 * AI investment: private investment by country (Stanford AI Index / Quid), cumulative totals,
 * government funds, deal counts and capital-expenditure estimates, as curated in the data brief.
 *
 * <p>Datasets (id {@code funding}); money is nominal at the time:
 * <ul>
 *   <li>{@code private-investment} — {@code country} string, {@code year} year,
 *       {@code usd_billion} money (USD billion), optional: empty with confidence "not found" for
 *       China 2020 and 2022 and the US 2020</li>
 *   <li>{@code investment-totals} — {@code measure}, {@code entity}, {@code period} strings,
 *       {@code usd_billion} money (USD billion)</li>
 *   <li>{@code cumulative-investment} — {@code country}, {@code period} strings, {@code usd_billion} money</li>
 *   <li>{@code government-funds} — {@code fund}, {@code period} strings, {@code amount} money in
 *       the row's {@code unit} ("CNY billion" or "USD billion"), {@code detail} string (optional)</li>
 *   <li>{@code deals} — {@code series}, {@code entity}, {@code period} strings, {@code deals}
 *       integer (optional), {@code usd_billion} money (optional), {@code detail} string (optional)</li>
 *   <li>{@code capex} — {@code measure}, {@code period} strings; {@code cny_billion},
 *       {@code cny_billion_high}, {@code usd_billion}, {@code usd_billion_high} money (optional;
 *       the {@code _high} columns hold the top of a stated range), {@code detail} string</li>
 *   <li>{@code indicators} — other figures; see {@link Shapes#indicators}</li>
 * </ul>
 * Errors: see {@link CuratedProvider}.
 *
 * @since 0.1
 */
public final class FundingProvider extends CuratedProvider {

    private static final String USD_BN = "USD billion";
    private static final String CNY_BN = "CNY billion";

    public FundingProvider() {
        super("funding", "AI investment: private investment by country, government funds, deals and capex", List.of(
                new DatasetDescriptor("private-investment",
                        "Private AI investment by country and year, USD billion (AI Index / Quid); editions revise"
                                + " figures; China 2020 and 2022 and US 2020 not found (empty)", List.of(
                        required("country", STRING, "", "Country"),
                        required("year", YEAR, "", "Year"),
                        optional("usd_billion", MONEY, USD_BN, "Private investment (USD bn)"))),
                new DatasetDescriptor("investment-totals",
                        "World and US totals of AI investment by kind, USD billion", List.of(
                        required("measure", STRING, "", "Measure"),
                        required("entity", STRING, "", "Entity"),
                        required("period", STRING, "", "Period"),
                        required("usd_billion", MONEY, USD_BN, "USD bn"))),
                new DatasetDescriptor("cumulative-investment",
                        "Cumulative private AI investment by country over a period, USD billion", List.of(
                        required("country", STRING, "", "Country"),
                        required("period", STRING, "", "Period"),
                        required("usd_billion", MONEY, USD_BN, "Cumulative investment (USD bn)"))),
                new DatasetDescriptor("government-funds",
                        "State-backed funds for chips and AI, one row per fund and amount; unit per row", List.of(
                        required("fund", STRING, "", "Fund"),
                        required("period", STRING, "", "Date"),
                        required("amount", MONEY, "", "Amount"),
                        required("unit", STRING, "", "Unit"),
                        optional("detail", STRING, "", "Detail"))),
                new DatasetDescriptor("deals",
                        "Investment deals into Chinese AI companies: deal count and value per series", List.of(
                        required("series", STRING, "", "Series"),
                        required("entity", STRING, "", "Entity"),
                        required("period", STRING, "", "Period"),
                        optional("deals", INTEGER, "deals", "Deals"),
                        optional("usd_billion", MONEY, USD_BN, "Value (USD bn)"),
                        optional("detail", STRING, "", "Detail"))),
                new DatasetDescriptor("capex",
                        "Forecast AI capital expenditure in China for 2025 (analyst estimates)", List.of(
                        required("measure", STRING, "", "Measure"),
                        required("period", STRING, "", "Period"),
                        optional("cny_billion", MONEY, CNY_BN, "CNY bn"),
                        optional("cny_billion_high", MONEY, CNY_BN, "CNY bn (high)"),
                        optional("usd_billion", MONEY, USD_BN, "USD bn"),
                        optional("usd_billion_high", MONEY, USD_BN, "USD bn (high)"),
                        optional("detail", STRING, "", "Detail"))),
                Shapes.indicators("Other investment figures, e.g. CSET disclosed and estimated totals")));
    }
}
