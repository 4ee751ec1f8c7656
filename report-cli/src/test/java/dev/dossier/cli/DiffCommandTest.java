package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Dataset;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.edition.Snapshot;
import dev.dossier.core.edition.SnapshotDataset;
import dev.dossier.core.edition.SnapshotFigure;
import dev.dossier.core.edition.SnapshotJson;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.source.ProviderRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dossier diff} on two editions of patents/families-by-country: the newer one gives the
 * first country the second's figure and drops the last row, all from the dataset's own rows
 * (the curated rows have distinct figures).
 */
class DiffCommandTest {

    private static final LocalDate PREVIOUS = LocalDate.of(2025, 3, 31);
    private static final LocalDate CURRENT = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    private SnapshotDataset countries;
    private Row first;
    private Row edited;
    private Row last;
    private Path previous;
    private Path current;

    @BeforeEach
    void editions() throws Exception {
        countries = fetch("patents/families-by-country");
        List<Row> rows = new ArrayList<>(countries.rows());
        first = rows.get(0);
        last = rows.get(rows.size() - 1);
        edited = copyWith(first, "families", rows.get(1).get("families"));
        rows.set(0, edited);
        rows.remove(rows.size() - 1);
        SnapshotFigure figure = new SnapshotFigure("GenAI patent families, " + first.text("entity"), countries.ref(),
                Map.of("entity", first.text("entity")), "families", 0);
        previous = write("previous", snapshot(PREVIOUS, countries, figure));
        current = write("current", snapshot(CURRENT, new SnapshotDataset(countries.ref(), countries.descriptor(),
                countries.provenance(), rows), figure));
    }

    @Test
    void printsEachChangeAsALine() {
        CliRun run = CliRun.of("diff", previous.toString(), current.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        ValueFormatter en = new ValueFormatter(Locale.US);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Edition of " + PREVIOUS + " (" + previous + ") → edition of " + CURRENT
                + " (" + current + ")");
        long difference = (Long) edited.get("families") - (Long) first.get("families");
        String move = en.cell(first, "families") + " → " + en.cell(edited, "families") + " (" + (difference < 0 ? "-" : "+")
                + en.value(Math.abs(difference), ColumnType.INTEGER) + ", " + (difference < 0 ? "down" : "up") + ")";
        assertThat(lines).contains("GenAI patent families, " + first.text("entity") + ": " + move,
                countries.ref() + ": row " + last.text("entity") + " removed");
        assertThat(lines).as("header, the figure (its row change is not repeated), the removed row").hasSize(3);
    }

    @Test
    void theSameEditionTwiceSaysNothingChanged() {
        CliRun run = CliRun.of("diff", previous.toString(), previous.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No figure changed since the edition of "
                + new ValueFormatter(Locale.US).value(PREVIOUS, ColumnType.DATE) + ".");
    }

    @Test
    void printsJsonWithAStableShape() throws IOException {
        CliRun run = CliRun.of("diff", previous.toString(), current.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("previousEdition", "currentEdition", "unchanged", "kpis",
                "newKpis", "goneKpis", "addedDatasets", "droppedDatasets", "datasets", "provenance");
        assertThat(root.get("previousEdition").asText()).isEqualTo(PREVIOUS.toString());
        assertThat(root.get("currentEdition").asText()).isEqualTo(CURRENT.toString());
        JsonNode kpi = root.get("kpis").get(0);
        assertThat(kpi.get("previous").get("value").longValue()).isEqualTo(first.get("families"));
        assertThat(kpi.get("current").get("value").longValue()).isEqualTo(edited.get("families"));
        long difference = (Long) edited.get("families") - (Long) first.get("families");
        assertThat(kpi.get("difference").longValue()).isEqualTo(difference);
        assertThat(kpi.get("direction").asText()).isEqualTo(difference < 0 ? "down" : "up");
        JsonNode d = root.get("datasets").get(0);
        assertThat(d.get("dataset").asText()).isEqualTo(countries.ref());
        assertThat(d.get("removed").get(0).get("key").asText()).isEqualTo(last.text("entity"));
        assertThat(d.get("changed").get(0).get("key").asText()).isEqualTo(first.text("entity"));
        assertThat(CliRun.of("diff", previous.toString(), current.toString(), "--json").out()).isEqualTo(run.out());
    }

    @Test
    void aBrokenSnapshotExitsTwoWithItsCode() throws IOException {
        byte[] whole = Files.readAllBytes(current);
        Path truncated = dir.resolve("truncated.snapshot.json");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 3));

        CliRun run = CliRun.of("diff", previous.toString(), truncated.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("DOS-SNAPSHOT-INVALID: " + truncated + ":").contains("see docs/errors.md#snapshot-invalid");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingSnapshotExitsTwo() {
        CliRun run = CliRun.of("diff", previous.toString(), dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("DOS-FILE-NOT-FOUND: ");
    }

    private Path write(String name, Snapshot s) throws IOException {
        Path f = dir.resolve(name + ".snapshot.json");
        try (OutputStream out = Files.newOutputStream(f)) {
            SnapshotJson.write(s, out);
        }
        return f;
    }

    private static Snapshot snapshot(LocalDate date, SnapshotDataset d, SnapshotFigure figure) {
        return Snapshot.of("templates/china-ai-briefing.yaml", "", Map.of("locale", "en-US"), "dossier", date,
                List.of(d), List.of(figure));
    }

    private static SnapshotDataset fetch(String ref) throws Exception {
        String[] parts = ref.split("/", 2);
        try (ProviderRegistry registry = ProviderRegistry.discover(List.of())) {
            Dataset d = registry.find(parts[0]).orElseThrow().provider().open(SourceContext.of(SourceOptions.none())).fetch(parts[1]);
            List<Row> rows = new ArrayList<>();
            try (RowCursor cursor = d.rows()) {
                cursor.forEachRemaining(rows::add);
            }
            return new SnapshotDataset(ref, d.descriptor(), d.provenance(), rows);
        }
    }

    private static Row copyWith(Row row, String column, Object value) {
        Row.Builder b = Row.builder(row.descriptor());
        for (Column c : row.descriptor().columns()) {
            b.set(c.name(), c.name().equals(column) ? value : row.get(c.name()));
            b.qualify(c.name(), row.qualifier(row.descriptor().indexOf(c.name())));
        }
        return b.provenance(row.provenance()).note(row.note()).build();
    }
}
