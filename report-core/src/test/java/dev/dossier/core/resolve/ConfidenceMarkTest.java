package dev.dossier.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.core.format.ConfidenceMarks;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceMarkTest {

    private static final DatasetDescriptor D = new DatasetDescriptor("d", "", List.of(Column.of("entity", ColumnType.STRING, "Entity"),
            Column.of("year", ColumnType.YEAR, "Year"), Column.of("usd", ColumnType.MONEY, "USD")));
    private static final Provenance ESTIMATE = new Provenance("Analyst note", "", "", "2024", Confidence.ESTIMATE);

    @Test
    void aRowFromAnEstimateMarksItsFiguresButNotItsYearNorItsName() {
        Row row = Row.builder(D).set("entity", "China").set("year", 2024).set("usd", new java.math.BigDecimal("9.3"))
                .provenance(ESTIMATE).build();

        assertThat(Resolver.mark(row, 0, D.columns().get(0))).isEmpty();
        assertThat(Resolver.mark(row, 1, D.columns().get(1))).isEmpty();
        assertThat(Resolver.mark(row, 2, D.columns().get(2))).isEqualTo(ConfidenceMarks.ESTIMATE);
    }

    @Test
    void aYearTheProviderMarkedAsAnEstimateIsMarked() {
        Row row = Row.builder(D).set("entity", "China").set("year", 2030).set("usd", new java.math.BigDecimal("1"))
                .estimated("year").provenance(new Provenance("Plan", "", "", "2017", Confidence.PUBLISHED)).build();

        assertThat(Resolver.mark(row, 1, D.columns().get(1))).isEqualTo(ConfidenceMarks.ESTIMATE);
    }
}
