package dev.dossier.examples.talent;

import dev.dossier.api.DataSource;
import dev.dossier.api.DossierApi;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code talent} data source: where the world's top AI researchers come from and where they
 * work, and how close Chinese models have come to US ones.
 *
 * <p>Datasets (all figures as published, each row citing its source, title, URLs and confidence):
 * <ul>
 *   <li>{@code undergrad-origin} — {@code country} string, {@code year} year, {@code share} percent (%):
 *       share of top-tier AI researchers with an undergraduate degree from the country
 *       (MacroPolo Global AI Talent Tracker 2.0);</li>
 *   <li>{@code researcher-origin} — same columns: share of elite (top ~2 %) AI researchers by origin;</li>
 *   <li>{@code researcher-workplace} — same columns: share of top-tier AI researchers working in the country;</li>
 *   <li>{@code model-benchmark-gap} — {@code year} year, {@code comparison} string, {@code gap} string:
 *       the gap between the top US and Chinese models on MMLU and HumanEval, in the source's words
 *       (AI Index 2025, as reported).</li>
 * </ul>
 *
 * <p>Option {@code country} (string, optional) keeps only that country's rows in the share
 * datasets; a country the data does not cover is refused as bad input.
 *
 * <p>The figures ship inside the jar ({@code talent.csv}, copied verbatim from the data brief),
 * so the source needs no network. The constructor does no work, as the SPI requires.
 *
 * @since 1.0.0
 */
public final class TalentProvider implements DataSourceProvider {

    /** This plugin's version, shown by {@code dossier sources}. */
    public static final String VERSION = "1.0.0";

    static final String COUNTRY = "country";

    /** The API this plugin is built against: the compiler copies the constant into this class. */
    @Override
    public String apiVersion() {
        return DossierApi.VERSION;
    }

    @Override
    public String id() {
        return "talent";
    }

    @Override
    public String description() {
        return "AI talent and research: where top AI researchers come from and work; US vs Chinese model gap";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<DatasetDescriptor> datasets() {
        return TalentDatasets.descriptors();
    }

    @Override
    public List<OptionDescriptor> options() {
        return List.of(OptionDescriptor.optional(COUNTRY, OptionType.STRING,
                "keep only this country's rows in the share datasets, e.g. China or US"));
    }

    /** @throws SourceException bad input when {@code country} names a country the data does not cover */
    @Override
    public DataSource open(SourceContext context) throws SourceException {
        List<OutlookRecord> records = OutlookCsv.read();
        Optional<String> country = context.options().string(COUNTRY).map(String::strip);
        if (country.isPresent()) {
            TreeSet<String> covered = countries(records);
            if (covered.stream().noneMatch(c -> c.equalsIgnoreCase(country.get()))) {
                throw SourceException.badInput("option 'country': '" + country.get()
                        + "' is not in the talent data; it covers " + String.join(", ", covered));
            }
        }
        return new TalentSource(records, country);
    }

    private static TreeSet<String> countries(List<OutlookRecord> records) {
        TreeSet<String> out = new TreeSet<>();
        for (TalentDatasets d : TalentDatasets.values()) {
            if (d.isShare()) {
                records.stream().filter(r -> r.metric().equals(d.metric()))
                        .flatMap(r -> Figure.of(r).stream()).forEach(f -> out.add(f.entity()));
            }
        }
        return out;
    }
}
