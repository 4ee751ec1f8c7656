package dev.dossier.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.Qualifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherFoldingTest {

    private static ChartTable table(double... values) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            names.add("C" + i);
        }
        ChartTable t = new ChartTable(names, List.of("s"), List.of(ValueFormat.plain(0, "")));
        for (int i = 0; i < values.length; i++) {
            t.set(0, i, values[i], Qualifier.EXACT, false);
        }
        return t;
    }

    @Test
    void largestCategoriesStayInOrderAndTheRestAreSummed() {
        List<String> notes = new ArrayList<>();
        ChartTable folded = OtherFolding.topN(table(5, 50, 1, 40, 2, 30), 3, notes);
        assertThat(folded.categories()).containsExactly("C1", "C3", "C5", "Other");
        assertThat(folded.value(0, 3)).isEqualTo(8.0);
        assertThat(notes).containsExactly("Other = 3 smaller categories");
    }

    @Test
    void oneSurplusCategoryIsNotFolded() {
        List<String> notes = new ArrayList<>();
        ChartTable t = table(3, 2, 1);
        assertThat(OtherFolding.topN(t, 2, notes)).isSameAs(t);
        assertThat(notes).isEmpty();
    }

    @Test
    void pieSlicesUnderTheShareFloorAreFolded() {
        List<String> notes = new ArrayList<>();
        ChartTable folded = OtherFolding.smallShares(table(60, 30, 1, 1, 8), 8, 0.03, notes);
        assertThat(folded.categories()).containsExactly("C0", "C1", "C4", "Other");
        assertThat(notes).containsExactly("Other = 2 smaller categories");
    }
}
