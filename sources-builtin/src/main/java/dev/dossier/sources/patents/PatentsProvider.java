package dev.dossier.sources.patents;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.sources.CuratedProvider;
import dev.dossier.sources.Shapes;

import java.util.List;

import static dev.dossier.api.ColumnType.INTEGER;
import static dev.dossier.api.ColumnType.STRING;
import static dev.dossier.api.ColumnType.YEAR;
import static dev.dossier.sources.Shapes.optional;
import static dev.dossier.sources.Shapes.required;

/**
 * Generative-AI patenting: WIPO's Patent Landscape Report on Generative AI (July 2024) and the
 * AI Index, as curated in the data brief.
 *
 * <p>Datasets (id {@code patents}):
 * <ul>
 *   <li>{@code families-by-country} — {@code entity} string (inventor location), {@code families}
 *       integer (patent families, 2014–2023)</li>
 *   <li>{@code families-by-year} — {@code year} year, {@code families} integer (published GenAI
 *       families worldwide; only 2014 and 2023 are given in text, 2015–2022 were not found and are left out)</li>
 *   <li>{@code top-applicants} — {@code rank} integer, {@code applicant} string, {@code applicant_zh}
 *       string, optional, {@code families} integer</li>
 *   <li>{@code families-by-data-mode} — {@code mode} string, {@code families} integer</li>
 *   <li>{@code headline} — the starting article's figures (confidence "blog post"): {@code entity}
 *       string, {@code period} string, {@code families} integer</li>
 *   <li>{@code indicators} — other patent and publication figures; see {@link Shapes#indicators}</li>
 * </ul>
 * Errors: see {@link CuratedProvider}.
 *
 * @since 0.1
 */
public final class PatentsProvider extends CuratedProvider {

    private static final String FAMILIES = "patent families";

    public PatentsProvider() {
        super("patents", "Generative-AI patent families by country, year, applicant and data mode (WIPO 2024)", List.of(
                new DatasetDescriptor("families-by-country",
                        "GenAI patent families by inventor location, 2014–2023, one row per country (WIPO)", List.of(
                        required("entity", STRING, "", "Inventor location"),
                        required("families", INTEGER, FAMILIES, "Patent families"))),
                new DatasetDescriptor("families-by-year",
                        "GenAI patent families published worldwide per year; WIPO states only 2014 and 2023 in text,"
                                + " 2015–2022 were not found and are left out", List.of(
                        required("year", YEAR, "", "Year"),
                        required("families", INTEGER, FAMILIES, "Patent families"))),
                new DatasetDescriptor("top-applicants",
                        "Top 10 GenAI patent applicants by patent families, 2014–2023 (WIPO)", List.of(
                        required("rank", INTEGER, "", "Rank"),
                        required("applicant", STRING, "", "Applicant"),
                        optional("applicant_zh", STRING, "", "Chinese name"),
                        required("families", INTEGER, FAMILIES, "Patent families"))),
                new DatasetDescriptor("families-by-data-mode",
                        "GenAI patent families by data mode, 2014–2023 (WIPO); a family may cover several modes", List.of(
                        required("mode", STRING, "", "Data mode"),
                        required("families", INTEGER, FAMILIES, "Patent families"))),
                new DatasetDescriptor("headline",
                        "The starting article's patent figures, China vs United States, 2014–2023 (blog post; WIPO agrees)",
                        List.of(
                        required("entity", STRING, "", "Country"),
                        required("period", STRING, "", "Period"),
                        required("families", INTEGER, FAMILIES, "GenAI patent families"))),
                Shapes.indicators("Other patent and publication figures: shares, growth, world totals, grant rates")));
    }
}
