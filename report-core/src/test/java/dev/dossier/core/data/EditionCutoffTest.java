package dev.dossier.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.template.DataBinding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditionCutoffTest {

    private static final Provenance SOURCE = new Provenance("Register", "", "", "", Confidence.PUBLISHED);
    private static final DatasetDescriptor EVENTS = new DatasetDescriptor("events", "", List.of(
            Column.of("event", ColumnType.STRING, "Event"), Column.of("date", ColumnType.DATE, "Date").optional()));

    private static Row event(String name, String date) {
        Row.Builder b = Row.builder(EVENTS).set("event", name).provenance(SOURCE);
        if (date != null) {
            b.set("date", LocalDate.parse(date));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} ends {1}")
    @CsvSource({"2025-Q4, 2025-12-31", "2025-Q1, 2025-03-31", "2025, 2025-12-31", "2025-06, 2025-06-30",
            "2024-02, 2024-02-29", "2025-H1, 2025-06-30", "2025-H2, 2025-12-31", "2025-06-15, 2025-06-15"})
    void anEditionPeriodEndsOnItsLastDay(String edition, String end) {
        assertThat(EditionCutoff.of(Map.of("edition", edition)).date()).contains(LocalDate.parse(end));
    }

    @ParameterizedTest
    @CsvSource({"2025-Q5", "2025-13", "2025-02-30", "2025-H3"})
    void anEditionThatLooksLikeAPeriodButIsNoneIsAnInputError(String edition) {
        assertThatThrownBy(() -> EditionCutoff.of(Map.of("edition", edition)))
                .isInstanceOf(DossierException.class).hasMessageContaining("edition '" + edition + "'");
    }

    @Test
    void withoutAPeriodTheDateParameterIsTheEditionDateAndWithoutEitherThereIsNoCutoff() {
        assertThat(EditionCutoff.of(Map.of("edition", "Autumn briefing", "date", "2025-11-30")).date())
                .contains(LocalDate.parse("2025-11-30"));
        assertThat(EditionCutoff.of(Map.of("date", "2025-11-30")).date()).contains(LocalDate.parse("2025-11-30"));
        assertThat(EditionCutoff.of(Map.of("edition", "Autumn briefing")).date()).isEmpty();
        assertThat(EditionCutoff.of(Map.of()).isLater(event("x", "2999-01-01"))).isFalse();
    }

    @Test
    void theEditionPeriodWinsOverTheDateParameter() {
        assertThat(EditionCutoff.of(Map.of("edition", "2025-Q2", "date", "2025-11-30")).date())
                .contains(LocalDate.parse("2025-06-30"));
    }

    @Test
    void rowsDatedAfterTheEditionDateAreLaterAndTheEditionDayItselfIsNot() {
        EditionCutoff q4 = EditionCutoff.of(Map.of("edition", "2025-Q4"));
        assertThat(q4.isLater(event("on the day", "2025-12-31"))).isFalse();
        assertThat(q4.isLater(event("next day", "2026-01-01"))).isTrue();
        assertThat(q4.isLater(event("undated", null))).isFalse();
    }

    @Test
    void aRowIsDatedByItsAsOfColumnItsOnlyDateColumnOrItsProvenance() {
        DatasetDescriptor asOf = new DatasetDescriptor("a", "", List.of(Column.of("name", ColumnType.STRING, "Name"),
                Column.of("as_of", ColumnType.STRING, "As of")));
        Row text = Row.builder(asOf).set("name", "x").set("as_of", "2026-03-01").provenance(SOURCE).build();
        Row notIso = Row.builder(asOf).set("name", "x").set("as_of", "Mar 2026").provenance(SOURCE).build();
        DatasetDescriptor announced = new DatasetDescriptor("b", "", List.of(Column.of("name", ColumnType.STRING, "Name"),
                Column.of("announced", ColumnType.DATE, "Announced")));
        Row only = Row.builder(announced).set("name", "x").set("announced", LocalDate.parse("2026-02-01")).provenance(SOURCE).build();
        DatasetDescriptor plain = new DatasetDescriptor("c", "", List.of(Column.of("name", ColumnType.STRING, "Name")));
        Row byProvenance = Row.builder(plain).set("name", "x")
                .provenance(new Provenance("Register", "", "", "2026-01-15", Confidence.PUBLISHED)).build();

        assertThat(EditionCutoff.dateOf(text)).contains(LocalDate.parse("2026-03-01"));
        assertThat(EditionCutoff.dateOf(notIso)).isEmpty();
        assertThat(EditionCutoff.dateOf(only)).contains(LocalDate.parse("2026-02-01"));
        assertThat(EditionCutoff.dateOf(byProvenance)).contains(LocalDate.parse("2026-01-15"));
    }

    @Test
    void reportDataLeavesLaterRowsOutUnlessTheBindingKeepsThemAndSaysHowMany() {
        List<Row> rows = List.of(event("before", "2025-10-07"), event("after", "2026-03-01"),
                event("long after", "2027-01-01"), event("undated", null));
        DatasetFetcher fetcher = new DatasetFetcher() {
            @Override
            public dev.dossier.api.Dataset fetch(DataBinding b) {
                return StoredDataset.of(EVENTS, List.of(SOURCE), rows);
            }

            @Override
            public void close() {
            }
        };
        DataBinding omit = new DataBinding("s", "events", Map.of(), List.of(), null, null);
        DataBinding include = new DataBinding("s", "events", Map.of(), List.of(), null, null, true);
        try (ReportData data = new ReportData(fetcher, EditionCutoff.of(Map.of("edition", "2025-Q4")))) {
            assertThat(data.materialise(include)).hasSize(4);
            assertThat(data.infos()).isEmpty(); // nothing was left out yet
            List<Row> kept = data.materialise(omit);
            assertThat(kept).extracting(r -> r.text("event")).containsExactly("before", "undated");
            long later = rows.stream().filter(data.edition()::isLater).count();
            assertThat(data.infos()).singleElement().satisfies(line -> assertThat(line)
                    .contains("left out " + later + " rows of 's/events'").contains("2025-12-31"));
        }
    }

    @Test
    void aFigureWhoseOnlyRowIsLaterThanTheEditionSaysWhyItHasNone() {
        DatasetFetcher fetcher = new DatasetFetcher() {
            @Override
            public dev.dossier.api.Dataset fetch(DataBinding b) {
                return StoredDataset.of(EVENTS, List.of(SOURCE), List.of(event("after", "2026-03-01")));
            }

            @Override
            public void close() {
            }
        };
        DataBinding after = new DataBinding("s", "events", Map.of("event", "after"), List.of(), null, null);
        try (ReportData data = new ReportData(fetcher, EditionCutoff.of(Map.of("edition", "2025-Q4")))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.require(after,
                            dev.dossier.core.error.ErrorCode.KPI_NO_ROW, "KPI 'x'"))
                    .isInstanceOf(DossierException.class).hasMessageContaining("dated after 2025-12-31 are left out");
        }
    }

    @Test
    void countLaterReadsTheCursorToTheEnd() {
        List<Row> rows = new ArrayList<>(List.of(event("a", "2026-01-02"), event("b", "2025-01-02")));
        assertThat(EditionCutoff.at(LocalDate.parse("2025-12-31"), "edition 2025").countLater(RowCursor.of(rows))).isEqualTo(1);
    }
}
