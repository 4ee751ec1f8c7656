package dev.dossier.core.data;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Datasets;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StoredDatasetTest {

    private static final Provenance P = new Provenance("Src", "", "", "", Confidence.PUBLISHED);

    private static DatasetDescriptor columns(int count) {
        return new DatasetDescriptor("wide", "", IntStream.range(0, count)
                .mapToObj(i -> Column.of("c" + i, ColumnType.INTEGER, "C" + i)).toList());
    }

    private static List<Row> rows(DatasetDescriptor d, int count) {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            Row.Builder b = Row.builder(d).provenance(P);
            for (Column c : d.columns()) {
                b.set(c.name(), r);
            }
            rows.add(b.build());
        }
        return rows;
    }

    private static List<String> read(StoredDataset stored) {
        List<String> seen = new ArrayList<>();
        try (RowCursor c = stored.rows()) {
            c.forEachRemaining(r -> seen.add(r.toString()));
        }
        return seen;
    }

    @Test
    void theMemoryBudgetIsInCellsSoANarrowTableStaysInMemoryAndAWideOneSpools() throws Exception {
        DatasetDescriptor narrow = columns(5);
        int narrowRows = StoredDataset.IN_MEMORY_CELLS / 5;
        try (StoredDataset stored = StoredDataset.read(Datasets.of(narrow, List.of(P), rows(narrow, narrowRows)))) {
            assertThat(stored.isSpooled()).as("%d rows of 5 columns", narrowRows).isFalse();
        }
        DatasetDescriptor wide = columns(50);
        int wideRows = StoredDataset.IN_MEMORY_CELLS / 50 + 1;
        List<Row> source = rows(wide, wideRows);
        try (StoredDataset stored = StoredDataset.read(Datasets.of(wide, List.of(P), source))) {
            assertThat(stored.isSpooled()).as("%d rows of 50 columns", wideRows).isTrue();
            List<String> expected = source.stream().map(Row::toString).toList();
            assertThat(read(stored)).as("spooled rows read back, twice").isEqualTo(expected);
            assertThat(read(stored)).isEqualTo(expected);
        }
    }
}
