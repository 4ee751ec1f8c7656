package dev.dossier.core.flagship;

import dev.dossier.api.Dataset;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editions of the flagship: a snapshot renders the same bytes again without the sources, and a
 * comparison with the previous edition lists exactly what changed in the data.
 */
class FlagshipEditionsTest {

    static final String DATASET = "families-by-country";

    @TempDir
    static Path dir;
    static ReportEngine engine;
    static ProviderRegistry registry;
    static Path original;
    static Path snapshot;

    @BeforeAll
    static void firstEdition() {
        registry = ProviderRegistry.discover(List.of());
        engine = new ReportEngine(registry, List.of(FlagshipBriefingTest.THEMES));
        original = dir.resolve("first.pdf");
        snapshot = dir.resolve("first.snapshot.json");
        engine.generate(GenerateRequest.builder(FlagshipBriefingTest.TEMPLATE, original)
                .deterministic(true).snapshot(snapshot).build());
    }

    @Test
    void aSnapshotRendersTheSameBytesAgain() throws IOException {
        Path again = dir.resolve("again.pdf");
        engine.generate(GenerateRequest.builder(FlagshipBriefingTest.TEMPLATE, again)
                .deterministic(true).fromSnapshot(snapshot).build());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(original));
    }

    @Test
    void theComparisonListsTheChangedValuesAndTheDroppedRow() throws Exception {
        List<Row> rows = builtInRows();
        Row first = rows.get(0);
        Row second = rows.get(1);
        Row dropped = rows.get(3);
        long firstNew = first.number("families").longValue() + 790;
        long secondNew = second.number("families").longValue() - 76;
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        StringBuilder csv = new StringBuilder("entity,families,source_title,source_url,confidence,notes\n");
        for (Row r : rows) {
            if (r == dropped) {
                continue;
            }
            long families = r == first ? firstNew : r == second ? secondNew : r.number("families").longValue();
            csv.append(quote(r.text("entity"))).append(',').append(families).append(',')
                    .append(quote(r.provenance().title())).append(',').append(quote(r.provenance().url())).append(',')
                    .append(r.provenance().confidence().label()).append(',').append(quote(r.note())).append('\n');
        }
        Files.writeString(data.resolve(DATASET + ".csv"), csv);
        Path template = dir.resolve("second.yaml");
        Files.writeString(template, Files.readString(FlagshipBriefingTest.TEMPLATE)
                .replaceFirst("(?m)^sections:", "sources:\n  patents: { data-dir: data }\nsections:"));

        Path second2 = dir.resolve("second.pdf");
        engine.generate(GenerateRequest.builder(template, second2).compareWith(snapshot).build());

        String text = changesText(second2);
        ValueFormatter f = new ValueFormatter(Locale.US);
        assertThat(text).contains(f.value(first.number("families").longValue(), dev.dossier.api.ColumnType.INTEGER)
                + " → " + f.value(firstNew, dev.dossier.api.ColumnType.INTEGER));
        assertThat(text).contains(f.value(second.number("families").longValue(), dev.dossier.api.ColumnType.INTEGER)
                + " → " + f.value(secondNew, dev.dossier.api.ColumnType.INTEGER));
        assertThat(text).contains(dropped.text("entity")).contains("removed");
        for (Row r : rows.subList(4, rows.size())) {
            assertThat(text).as("an unchanged row is not listed").doesNotContain(r.text("entity") + ",");
        }
    }

    @Test
    void withoutAPreviousEditionTheBlockSaysSo() throws IOException {
        assertThat(changesText(original)).contains("no previous edition");
    }

    /** The built-in dataset's own rows, fetched through its provider. */
    private static List<Row> builtInRows() throws Exception {
        var provider = registry.find("patents").orElseThrow().provider();
        SourceContext ctx = new SourceContext(SourceOptions.none(), Map.of(), Locale.US, dir);
        try (var source = provider.open(ctx)) {
            Dataset d = source.fetch(DATASET);
            List<Row> rows = new ArrayList<>();
            try (RowCursor c = d.rows()) {
                c.forEachRemaining(rows::add);
            }
            return rows;
        }
    }

    private static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }

    /** The text from the "What changed" heading to the next section's kicker. */
    private static String changesText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc);
            int start = all.indexOf("What changed since the last edition");
            int end = all.indexOf("SECTION 2", start);
            assertThat(start).as("the changes block is printed").isNotNegative();
            return all.substring(start, end).replaceAll("\\s+", " ");
        }
    }
}
