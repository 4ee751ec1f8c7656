package dev.dossier.core.edition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotJsonTest {

    /** Curated datasets covering every column type, qualifiers, missing values, notes and decimals. */
    private static final List<String> REFS = List.of("patents/families-by-country", "patents/families-by-year",
            "patents/indicators", "companies/valuations", "outlook/policy-timeline", "outlook/ai-plus-targets");

    @TempDir
    Path dir;

    private static Snapshot curated() {
        List<SnapshotDataset> datasets = REFS.stream().map(EditionFixtures::fetch).toList();
        SnapshotDataset countries = datasets.get(0);
        String entity = countries.rows().get(0).text("entity");
        return EditionFixtures.edition(LocalDate.of(2025, 6, 30), datasets, List.of(
                new SnapshotFigure("GenAI patent families, " + entity, countries.ref(), Map.of("entity", entity), "families", 0)));
    }

    private static byte[] bytes(Snapshot s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotJson.write(s, out);
        return out.toByteArray();
    }

    private Path file(byte[] content) throws IOException {
        Path f = dir.resolve("edition.snapshot.json");
        Files.write(f, content);
        return f;
    }

    @Test
    void roundTripGivesBackEveryValueExactly() throws IOException {
        Snapshot s = curated();
        Snapshot back = SnapshotJson.read(file(bytes(s)));

        assertThat(back).isEqualTo(s);
        for (int d = 0; d < s.datasets().size(); d++) {
            List<Row> rows = s.datasets().get(d).rows();
            List<Row> read = back.datasets().get(d).rows();
            List<Column> columns = s.datasets().get(d).descriptor().columns();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    Object value = rows.get(r).get(c);
                    assertThat(read.get(r).get(c)).isEqualTo(value);
                    if (value != null) {
                        assertThat(read.get(r).get(c)).isInstanceOf(columns.get(c).type().valueClass());
                    }
                    assertThat(read.get(r).qualifier(c)).isEqualTo(rows.get(r).qualifier(c));
                    assertThat(read.get(r).isEstimated(c)).isEqualTo(rows.get(r).isEstimated(c));
                }
                assertThat(read.get(r).provenance()).isEqualTo(rows.get(r).provenance());
                assertThat(read.get(r).note()).isEqualTo(rows.get(r).note());
            }
        }
    }

    @Test
    void theCuratedDataExercisesQualifiersMissingValuesNotesAndEveryType() {
        Snapshot s = curated();
        List<Row> all = s.datasets().stream().flatMap(d -> d.rows().stream()).toList();
        assertThat(all).anyMatch(r -> r.descriptor().columns().stream().anyMatch(c -> r.get(c.name()) == null));
        assertThat(all).anyMatch(r -> !r.note().isEmpty());
        assertThat(all).anyMatch(r -> java.util.stream.IntStream.range(0, r.descriptor().columns().size())
                .anyMatch(i -> r.qualifier(i) != Qualifier.EXACT));
        assertThat(s.datasets().stream().flatMap(d -> d.descriptor().columns().stream()).map(Column::type))
                .contains(ColumnType.values());
    }

    @Test
    void decimalsKeepTheirScale() throws IOException {
        SnapshotDataset valuations = EditionFixtures.fetch("companies/valuations");
        Row first = valuations.rows().stream().filter(r -> r.get("valuation_usd_billion") != null).findFirst().orElseThrow();
        BigDecimal value = (BigDecimal) first.get("valuation_usd_billion");
        List<Row> rows = new ArrayList<>();
        for (BigDecimal scaled : List.of(value.setScale(value.scale() + 2), value.setScale(value.scale() + 2).negate(),
                value.movePointRight(3).setScale(-2, java.math.RoundingMode.HALF_UP))) {
            rows.add(EditionFixtures.with(first, "valuation_usd_billion", scaled));
        }
        Snapshot s = EditionFixtures.edition(null, List.of(EditionFixtures.withRows(valuations, rows)), List.of());

        Snapshot back = SnapshotJson.read(file(bytes(s)));

        assertThat(back).isEqualTo(s);
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal written = (BigDecimal) rows.get(i).get("valuation_usd_billion");
            BigDecimal read = (BigDecimal) back.datasets().get(0).rows().get(i).get("valuation_usd_billion");
            assertThat(read.scale()).isEqualTo(written.scale());
            assertThat(read.unscaledValue()).isEqualTo(written.unscaledValue());
        }
        assertThat(back.editionDate()).isNull();
    }

    @Test
    void theSameSnapshotAlwaysGivesTheSameBytes() throws IOException {
        byte[] once = bytes(curated());
        byte[] twice = bytes(curated());
        assertThat(twice).isEqualTo(once);
        assertThat(bytes(SnapshotJson.read(file(once)))).isEqualTo(once);
        assertThat(new String(once, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void parametersAreWrittenSortedAndNoSourceOptionsAtAll() throws IOException {
        String json = new String(bytes(curated()), StandardCharsets.UTF_8);
        assertThat(json.indexOf("\"edition\"")).isLessThan(json.indexOf("\"locale\""));
        assertThat(new ObjectMapper().readTree(json).findValues("options")).isEmpty();
    }

    @Test
    void aNewerFormatVersionIsRefusedNamingTheVersions() throws IOException {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(bytes(curated()));
        int newer = Snapshot.FORMAT_VERSION + 1;
        tree.put("formatVersion", newer);
        Path f = file(new ObjectMapper().writeValueAsBytes(tree));

        assertThatThrownBy(() -> SnapshotJson.read(f)).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SNAPSHOT_VERSION);
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith(f.toString()).contains("version " + newer)
                    .contains("versions 1 to " + Snapshot.FORMAT_VERSION).contains("newer Dossier");
        });
    }

    @Test
    void aTruncatedFileIsRefusedWithLineAndColumn() throws IOException {
        byte[] whole = bytes(curated());
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        long lines = new String(cut, StandardCharsets.UTF_8).lines().count();
        Path f = file(cut);

        assertThatThrownBy(() -> SnapshotJson.read(f)).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SNAPSHOT_INVALID);
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).matches(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:\\d+: .*");
            int line = Integer.parseInt(e.getMessage().substring(f.toString().length() + 1).split(":")[0]);
            assertThat(line).isBetween((int) lines, (int) lines + 1);
        });
    }

    @Test
    void brokenJsonIsRefusedWithWhereTheParserStopped() throws IOException {
        Path f = file("{\n  \"formatVersion\": 1,\n  \"template\" ]\n}\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SnapshotJson.read(f)).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SNAPSHOT_INVALID);
            assertThat(e.getMessage()).startsWith(f + ":3:");
        });
    }

    @Test
    void aWrongValueIsRefusedWithItsJsonPathAndWhatWasExpected() throws IOException {
        Snapshot s = curated();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(bytes(s));
        String entity = s.datasets().get(0).rows().get(1).text("entity");
        ((ObjectNode) tree.at("/datasets/0/rows/1/values")).put("families", entity);
        Path f = file(mapper.writeValueAsBytes(tree));

        assertThatThrownBy(() -> SnapshotJson.read(f)).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SNAPSHOT_INVALID);
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).isEqualTo(f + ": $.datasets[0].rows[1].values.families: expected a whole number"
                    + " (column type integer), found the string '" + entity + "'");
        });
    }

    @Test
    void aMissingOrUnknownMemberIsRefusedWithItsJsonPath() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(bytes(curated()));
        ((ObjectNode) tree.at("/datasets/2/rows/0")).remove("values");
        Path missing = file(mapper.writeValueAsBytes(tree));
        assertThatThrownBy(() -> SnapshotJson.read(missing)).hasMessage(missing
                + ": $.datasets[2].rows[0]: expected a member 'values', found none");

        ObjectNode other = (ObjectNode) mapper.readTree(bytes(curated()));
        ((ObjectNode) other.at("/datasets/0")).put("sourceOptions", "x");
        Path unknown = file(mapper.writeValueAsBytes(other));
        assertThatThrownBy(() -> SnapshotJson.read(unknown)).hasMessageStartingWith(unknown
                + ": $.datasets[0].sourceOptions: expected one of ").hasMessageEndingWith("found unknown member 'sourceOptions'");
    }

    @Test
    void aFigureNamingAMissingRowIsRefused() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Snapshot s = curated();
        ObjectNode tree = (ObjectNode) mapper.readTree(bytes(s));
        ((ObjectNode) tree.at("/figures/0")).put("row", s.datasets().get(0).rows().size());
        Path f = file(mapper.writeValueAsBytes(tree));
        assertThatThrownBy(() -> SnapshotJson.read(f)).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SNAPSHOT_INVALID);
            assertThat(e.getMessage()).startsWith(f + ": $.figures: ").contains("row " + s.datasets().get(0).rows().size());
        });
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("none.snapshot.json");
        assertThatThrownBy(() -> SnapshotJson.read(f)).isInstanceOfSatisfying(DossierException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.FILE_NOT_FOUND);
            assertThat(e.getMessage()).startsWith(f.toString());
        });
    }
}
