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

        assertThat(Resolver.mark(row, 0, D.columns().get(0), 0)).isEmpty();
        assertThat(Resolver.mark(row, 1, D.columns().get(1), 1)).isEmpty();
        assertThat(Resolver.mark(row, 2, D.columns().get(2), 2)).isEqualTo(ConfidenceMarks.ESTIMATE);
    }

    @Test
    void aYearTheProviderMarkedAsAnEstimateIsMarked() {
        Row row = Row.builder(D).set("entity", "China").set("year", 2030).set("usd", new java.math.BigDecimal("1"))
                .estimated("year").provenance(new Provenance("Plan", "", "", "2017", Confidence.PUBLISHED)).build();

        assertThat(Resolver.mark(row, 1, D.columns().get(1), 1)).isEqualTo(ConfidenceMarks.ESTIMATE);
    }

    @Test
    void aRowFromABlogPostMarksItsClaimsButNotItsPeriodNorItsUnit() {
        DatasetDescriptor d = new DatasetDescriptor("funds", "", List.of(Column.of("fund", ColumnType.STRING, "Fund"),
                Column.of("period", ColumnType.STRING, "Period"), Column.of("amount", ColumnType.DECIMAL, "Amount"),
                Column.of("unit", ColumnType.STRING, "Unit"), Column.of("detail", ColumnType.STRING, "Detail")));
        Row row = Row.builder(d).set("fund", "National AI fund").set("period", "2025").set("amount", new java.math.BigDecimal("8.2"))
                .set("unit", "USD billion").set("detail", "largest so far")
                .provenance(new Provenance("Blog", "", "", "", Confidence.BLOG_POST)).build();

        assertThat(Resolver.mark(row, 1, d.columns().get(1), 1)).as("period").isEmpty();
        assertThat(Resolver.mark(row, 2, d.columns().get(2), 2)).as("amount").isNotEmpty();
        assertThat(Resolver.mark(row, 3, d.columns().get(3), 3)).as("unit").isEmpty();
        assertThat(Resolver.mark(row, 4, d.columns().get(4), 4)).as("detail").isEqualTo(Resolver.mark(row, 2, d.columns().get(2), 2));
    }
}
