package dev.dossier.examples.talent;

import dev.dossier.api.Confidence;
import dev.dossier.api.DataSource;
import dev.dossier.api.Dataset;
import dev.dossier.api.Datasets;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.SourceException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The talent data opened for one report run: turns the bundled source rows into the typed
 * datasets of {@link TalentDatasets}, optionally keeping only one country's rows.
 *
 * <p>Every row cites the source row it comes from (title, URLs, period, confidence); the
 * source's note, such as the sample it was measured on, becomes the row's note.
 */
final class TalentSource implements DataSource {

    private final List<OutlookRecord> records;
    private final Optional<String> country;

    TalentSource(List<OutlookRecord> records, Optional<String> country) {
        this.records = records;
        this.country = country;
    }

    @Override
    public Dataset fetch(String datasetName) throws SourceException {
        TalentDatasets dataset = TalentDatasets.named(datasetName)
                .orElseThrow(() -> SourceException.badInput("talent has no dataset '" + datasetName + "'"));
        OutlookRecord record = records.stream().filter(r -> r.metric().equals(dataset.metric())).findFirst()
                .orElseThrow(() -> new SourceException(OutlookCsv.RESOURCE + " has no row '" + dataset.metric() + "'"));
        Provenance source = new Provenance(record.sourceTitle(), "", record.source(), record.period(),
                Confidence.parse(record.confidence()));
        List<Row> rows = new ArrayList<>();
        Row.Builder row = Row.builder(dataset.descriptor());
        try {
            for (Figure f : Figure.of(record)) {
                if (dataset.isShare()) {
                    if (!"%".equals(record.unit())) {
                        throw new SourceException(OutlookCsv.RESOURCE + ": '" + record.metric() + "' is in "
                                + record.unit() + ", expected %");
                    }
                    if (country.isPresent() && !country.get().equalsIgnoreCase(f.entity())) {
                        continue;
                    }
                    row.set("country", f.entity()).set("year", Integer.valueOf(f.period()))
                            .set("share", new BigDecimal(f.value()));
                } else {
                    row.set("year", Integer.valueOf(f.period())).set("comparison", record.entity()).set("gap", f.value());
                }
                rows.add(row.provenance(source).note(record.notes()).build());
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: the data file changed shape
            throw new SourceException(OutlookCsv.RESOURCE + ": " + e.getMessage(), e);
        }
        return Datasets.of(dataset.descriptor(), List.of(source), rows);
    }
}
