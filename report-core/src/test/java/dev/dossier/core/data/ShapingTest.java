package dev.dossier.core.data;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.core.template.DataBinding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ShapingTest {

    private static final DatasetDescriptor D = new DatasetDescriptor("c", "", List.of(
            Column.of("entity", ColumnType.STRING, "Entity"), Column.of("n", ColumnType.INTEGER, "N").optional()));
    private static final Provenance P = new Provenance("Src", "", "", "", Confidence.PUBLISHED);

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Object[][] data = {{"World", 100}, {"China", 40}, {"United States", 50}, {"India", null}};
        for (Object[] r : data) {
            rows.add(Row.builder(D).set("entity", r[0]).set("n", r[1]).provenance(P).build());
        }
        return rows;
    }

    private static List<String> entities(DataBinding b) {
        List<String> out = new ArrayList<>();
        try (RowCursor c = Shaping.apply(b, RowCursor.of(rows()))) {
            c.forEachRemaining(r -> out.add(r.text("entity")));
        }
        return out;
    }

    private static DataBinding binding(Map<String, String> where, List<String> sort, Integer limit) {
        return new DataBinding("s", "c", where, sort, limit, null);
    }

    @Test
    void filtersByEqualityNegationAndAlternatives() {
        assertThat(entities(binding(Map.of("entity", "China"), List.of(), null))).containsExactly("China");
        assertThat(entities(binding(Map.of("entity", "!World"), List.of(), null)))
                .containsExactly("China", "United States", "India");
        assertThat(entities(binding(Map.of("entity", "China | United States"), List.of(), null)))
                .containsExactly("China", "United States");
    }

    @Test
    void sortsDescendingWithNullsLastAndLimits() {
        assertThat(entities(binding(Map.of(), List.of("-n"), null)))
                .containsExactly("World", "United States", "China", "India");
        assertThat(entities(binding(Map.of(), List.of("n"), 2))).containsExactly("China", "United States");
    }

    @Test
    void limitStopsAStreamingCursor() {
        assertThat(entities(binding(Map.of("entity", "!India"), List.of(), 1))).containsExactly("World");
    }
}
