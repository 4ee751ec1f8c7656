package dev.dossier.examples.talent;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DatasetDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * The datasets the {@code talent} provider offers, and the source row behind each.
 *
 * <p>Share datasets have the columns {@code country} (string), {@code year} (year) and
 * {@code share} (percent, unit {@code %}, as written: 47 means 47 %). The benchmark dataset has
 * {@code year} (year), {@code comparison} (string) and {@code gap} (string, the source's words).
 */
enum TalentDatasets {

    UNDERGRAD_ORIGIN("undergrad-origin",
            "Share of top-tier AI researchers who did their undergraduate degree in the country, by year",
            "Top-tier AI researchers by undergrad country", "Share who studied there", true),
    RESEARCHER_ORIGIN("researcher-origin",
            "Share of elite (top ~2 %) AI researchers who come from the country",
            "Share of elite (top ~2%) AI researchers by origin", "Share from there", true),
    RESEARCHER_WORKPLACE("researcher-workplace",
            "Share of top-tier AI researchers who work in the country",
            "Where top-tier AI researchers work", "Share working there", true),
    MODEL_BENCHMARK_GAP("model-benchmark-gap",
            "Gap between the top US and Chinese models on MMLU and HumanEval, by year",
            "Benchmark gap, top US vs Chinese models (MMLU, HumanEval)", "Gap on MMLU and HumanEval", false);

    private final String datasetName;
    private final String description;
    private final String metric;
    private final String valueLabel;
    private final boolean share;
    private final DatasetDescriptor descriptor;

    TalentDatasets(String datasetName, String description, String metric, String valueLabel, boolean share) {
        this.datasetName = datasetName;
        this.description = description;
        this.metric = metric;
        this.valueLabel = valueLabel;
        this.share = share;
        this.descriptor = new DatasetDescriptor(datasetName, description, columns());
    }

    private List<Column> columns() {
        Column year = Column.of("year", ColumnType.YEAR, "Year");
        if (isShare()) {
            return List.of(Column.of("country", ColumnType.STRING, "Country"), year,
                    new Column("share", ColumnType.PERCENT, "%", valueLabel, true));
        }
        return List.of(year, Column.of("comparison", ColumnType.STRING, "Models compared"),
                Column.of("gap", ColumnType.STRING, valueLabel));
    }

    /** Whether rows are a percentage share per country (as opposed to the benchmark gap in words). */
    boolean isShare() {
        return share;
    }

    DatasetDescriptor descriptor() {
        return descriptor;
    }

    /** The {@code metric} of the source row this dataset is built from, exactly as in the data file. */
    String metric() {
        return metric;
    }

    static Optional<TalentDatasets> named(String name) {
        for (TalentDatasets d : values()) {
            if (d.datasetName.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static List<DatasetDescriptor> descriptors() {
        return java.util.Arrays.stream(values()).map(TalentDatasets::descriptor).toList();
    }

    String description() {
        return description;
    }
}
