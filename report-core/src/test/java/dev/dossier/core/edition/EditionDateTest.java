package dev.dossier.core.edition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.data.EditionCutoff;
import dev.dossier.core.source.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot is dated by its edition's period, not by the day the edition was run. */
class EditionDateTest {

    @TempDir
    Path dir;

    private Snapshot generate(Map<String, String> parameters) throws IOException {
        Files.writeString(dir.resolve("events.csv"), "event,date,amount\nRule one,2025-10-07,41.5\n");
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("t.yaml"), """
                title: Editions
                theme: %s
                sources:
                  csv: { file: events.csv, dataset: events, columns: "event:string, date:date, amount:decimal:USD billion", title: "Test register" }
                sections:
                  - title: Events
                    blocks:
                      - table: { data: csv/events, title: Events }
                """.formatted(theme));
        Path snapshot = dir.resolve("t.snapshot.json");
        new ReportEngine(ProviderRegistry.discover(List.of()), List.of()).generate(
                GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("t.pdf")).parameters(parameters)
                        .snapshot(snapshot).build());
        return SnapshotJson.read(snapshot);
    }

    @Test
    void aPeriodEditionsSnapshotIsDatedByTheLastDayOfThePeriod() throws IOException {
        for (String edition : List.of("2025-Q4", "2025-H1", "2025", "2025-06")) {
            Snapshot s = generate(Map.of("edition", edition));
            assertThat(s.editionDate()).as(edition).isEqualTo(EditionCutoff.endOf(edition).orElseThrow());
        }
    }

    @Test
    void anEditionThatIsNoPeriodIsDatedByTheDateParameterOrTheRun() throws IOException {
        assertThat(generate(Map.of("edition", "Autumn briefing", "date", "2025-11-30")).editionDate())
                .isEqualTo(LocalDate.parse("2025-11-30"));
        assertThat(generate(Map.of("edition", "Autumn briefing")).editionDate())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC));
    }

    @Test
    void anOlderSnapshotHoldingTheRunDateIsComparedAsOfItsPeriod() {
        LocalDate ranOn = LocalDate.parse("2026-12-03");
        Snapshot older = Snapshot.of("t.yaml", "", Map.of("edition", "2025-Q4"), "dossier", ranOn, List.of(), List.of());
        Snapshot next = Snapshot.of("t.yaml", "", Map.of("edition", "2026-Q1"), "dossier",
                LocalDate.parse("2026-03-31"), List.of(), List.of());

        Changes changes = EditionComparison.compare(EditionCutoff.redate(older), EditionCutoff.redate(next));

        LocalDate end = EditionCutoff.endOf("2025-Q4").orElseThrow();
        assertThat(EditionCutoff.redate(older).editionDate()).isEqualTo(end);
        assertThat(EditionCutoff.redate(next)).isEqualTo(next);
        assertThat(changes.previousEdition()).isEqualTo(end);
        assertThat(new ChangesText(Locale.US).lines(changes)).anySatisfy(line -> assertThat(line)
                .contains(new dev.dossier.core.format.ValueFormatter(Locale.US).value(end, dev.dossier.api.ColumnType.DATE))
                .doesNotContain("2026"));
    }
}
