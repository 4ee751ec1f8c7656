package dev.dossier.sources.outlook;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.sources.CuratedProvider;
import dev.dossier.sources.Shapes;

import java.util.List;

import static dev.dossier.api.ColumnType.DATE;
import static dev.dossier.api.ColumnType.MONEY;
import static dev.dossier.api.ColumnType.PERCENT;
import static dev.dossier.api.ColumnType.STRING;
import static dev.dossier.api.ColumnType.YEAR;
import static dev.dossier.sources.Shapes.optional;
import static dev.dossier.sources.Shapes.required;

/**
 * China's AI strategy and outlook: the 2017 AI Development Plan targets, policy timeline, the
 * "AI+" initiative, global-governance proposals, industry size, public spending and talent, as
 * curated in the data brief.
 *
 * <p>Datasets (id {@code outlook}):
 * <ul>
 *   <li>{@code aidp-targets} — {@code target} string, {@code year} year, {@code cny_billion}
 *       money (CNY billion, qualified "&gt;"), {@code usd_billion} money (optional)</li>
 *   <li>{@code policy-timeline} — {@code date} date (optional), {@code period}, {@code actor},
 *       {@code event} strings, {@code document} string (optional)</li>
 *   <li>{@code ai-plus-targets} — {@code target} string, {@code year} year, {@code share}
 *       percent (optional), {@code detail} string (optional)</li>
 *   <li>{@code governance} — {@code date} date (optional), {@code period}, {@code actor},
 *       {@code initiative} strings, {@code detail} string (optional)</li>
 *   <li>{@code industry-size} — {@code measure} string, {@code year} year, {@code cny_billion}
 *       money, {@code growth_percent} percent (optional)</li>
 *   <li>{@code public-spending} — {@code measure} string, {@code year} year, {@code usd_billion}
 *       and {@code cny_billion} money (optional), {@code detail} string (optional)</li>
 *   <li>{@code talent} — {@code measure}, {@code country} strings, {@code year} year, {@code share} percent</li>
 *   <li>{@code indicators} — other figures; see {@link Shapes#indicators}</li>
 * </ul>
 * Errors: see {@link CuratedProvider}.
 *
 * @since 0.1
 */
public final class OutlookProvider extends CuratedProvider {

    private static final String USD_BN = "USD billion";
    private static final String CNY_BN = "CNY billion";

    public OutlookProvider() {
        super("outlook", "China's AI strategy: plan targets, policy timeline, AI+, governance, spending, talent", List.of(
                new DatasetDescriptor("aidp-targets",
                        "New Generation AI Development Plan (2017) industry-size targets for 2020, 2025 and 2030", List.of(
                        required("target", STRING, "", "Target"),
                        required("year", YEAR, "", "Year"),
                        required("cny_billion", MONEY, CNY_BN, "Target (CNY bn)"),
                        optional("usd_billion", MONEY, USD_BN, "Target (USD bn)"))),
                new DatasetDescriptor("policy-timeline",
                        "Domestic AI and industrial policy milestones, one row per document or announcement", List.of(
                        optional("date", DATE, "", "Date"),
                        required("period", STRING, "", "When"),
                        required("actor", STRING, "", "Issued by"),
                        required("event", STRING, "", "Event"),
                        optional("document", STRING, "", "Document"))),
                new DatasetDescriptor("ai-plus-targets",
                        "Targets of the State Council Opinions on deepening the 'AI+' initiative (Aug 2025)", List.of(
                        required("target", STRING, "", "Target"),
                        required("year", YEAR, "", "Year"),
                        optional("share", PERCENT, "%", "Share"),
                        optional("detail", STRING, "", "Detail"))),
                new DatasetDescriptor("governance",
                        "China's proposals for global AI governance and cooperation, in date order", List.of(
                        optional("date", DATE, "", "Date"),
                        required("period", STRING, "", "When"),
                        required("actor", STRING, "", "By"),
                        required("initiative", STRING, "", "Initiative"),
                        optional("detail", STRING, "", "Detail"))),
                new DatasetDescriptor("industry-size",
                        "Size of China's AI industry by year, CNY billion; scopes differ between sources", List.of(
                        required("measure", STRING, "", "Measure"),
                        required("year", YEAR, "", "Year"),
                        required("cny_billion", MONEY, CNY_BN, "Size (CNY bn)"),
                        optional("growth_percent", PERCENT, "%", "Growth y/y"))),
                new DatasetDescriptor("public-spending",
                        "Public-sector AI spending in China expected for 2025", List.of(
                        required("measure", STRING, "", "Measure"),
                        required("year", YEAR, "", "Year"),
                        optional("usd_billion", MONEY, USD_BN, "USD bn"),
                        optional("cny_billion", MONEY, CNY_BN, "CNY bn"),
                        optional("detail", STRING, "", "Detail"))),
                new DatasetDescriptor("talent",
                        "Shares of top-tier AI researchers by origin and workplace (MacroPolo)", List.of(
                        required("measure", STRING, "", "Measure"),
                        required("country", STRING, "", "Country"),
                        required("year", YEAR, "", "Year"),
                        required("share", PERCENT, "%", "Share"))),
                Shapes.indicators("Other outlook figures: Made in China 2025 targets, market projections, public opinion")));
    }
}
