package dev.dossier.core.layout;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TableBreaksTest {

    private static float[] rows(int n, float height) {
        float[] rows = new float[n];
        Arrays.fill(rows, height);
        return rows;
    }

    @Test
    void aTableThatFitsStaysWhereItIs() {
        TableBreaks.Plan plan = TableBreaks.plan(rows(10, 20), 20, 30, 20, 400, 700);
        assertThat(plan.startOnNewPage()).isFalse();
        assertThat(plan.pages()).containsExactly(10);
    }

    @Test
    void aTableWithRoomForFewerThanThreeRowsStartsOnTheNextPage() {
        TableBreaks.Plan plan = TableBreaks.plan(rows(10, 20), 20, 30, 20, 95, 700);
        assertThat(plan.startOnNewPage()).isTrue();
        assertThat(plan.pages()).containsExactly(10);
    }

    @Test
    void theLastPageKeepsAtLeastThreeRows() {
        // 10 rows fit on the first page; the 11th alone would go over
        TableBreaks.Plan plan = TableBreaks.plan(rows(11, 20), 20, 30, 0, 250, 700);
        assertThat(plan.pages()).containsExactly(8, 3);
        assertThat(plan.pages().stream().mapToInt(Integer::intValue).sum()).isEqualTo(11);
    }

    @Test
    void rowsAreNeverSplitAcrossABreak() {
        float[] rows = {20, 20, 20, 20, 200, 20, 20, 20};
        TableBreaks.Plan plan = TableBreaks.plan(rows, 20, 30, 0, 250, 700);
        // the tall fifth row does not fit below the first four: it opens the next page whole
        assertThat(plan.pages()).containsExactly(4, 4);
    }
}
