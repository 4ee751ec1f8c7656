package dev.dossier.core.flagship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.Confidence;
import dev.dossier.api.Row;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.TemplateLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship's sources appendix, read back from the PDF: each source lists every confidence its
 * rows were cited with, and where — checked against the confidences of the dataset rows each
 * exhibit and table prints.
 */
class FlagshipAppendixConfidenceTest {

    @TempDir
    Path dir;

    /** Appendix entries: squeezed text of each "[n] …" entry after the sources heading. */
    private static List<String> entries(String text) {
        String squeezed = text.replaceAll("\\s+", " ");
        String appendix = squeezed.substring(squeezed.lastIndexOf("[1] "));
        List<String> out = new ArrayList<>();
        for (String part : appendix.split("(?=\\[\\d{1,3}\\] )")) {
            out.add(part.replaceFirst("^\\[\\d{1,3}\\] ", "").strip());
        }
        return out;
    }

    /** "published, in Exhibit 2, Table 3; estimate, in Table 6" → confidence label → places. */
    private static Map<String, Set<String>> confidences(String entry) {
        String line = entry.substring(entry.indexOf(" Confidence: ") + " Confidence: ".length());
        int url = line.indexOf(" http");
        line = url < 0 ? line : line.substring(0, url);
        Map<String, Set<String>> out = new HashMap<>();
        for (String group : line.split("; ")) {
            String[] labelAndPlaces = group.split(", in ", 2);
            String label = labelAndPlaces[0].replace(" (not independently confirmed)", "").strip();
            Set<String> places = new HashSet<>();
            if (labelAndPlaces.length > 1) {
                for (String p : labelAndPlaces[1].split(", ")) {
                    places.add(p.replaceAll("\\.$", "").strip());
                }
            }
            out.put(label, places);
        }
        return out;
    }

    @Test
    void eachSourceListsEveryConfidenceItsPrintedRowsCarryAndWhere() throws IOException {
        Path template = Path.of("../templates/china-ai-briefing.yaml");
        ProviderRegistry registry = ProviderRegistry.discover(List.of());
        GenerateResult result = new ReportEngine(registry, List.of(Path.of("../templates/themes")))
                .generate(GenerateRequest.builder(template, dir.resolve("b.pdf")).build());
        String text;
        try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        List<String> entries = entries(text);
        ReportDefinition definition = new TemplateLoader().load(template);
        int exhibits = 0;
        int tables = 0;
        int checked = 0;
        Set<Confidence> seen = new HashSet<>();
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            for (Block block : definition.blocks().toList()) {
                DataBinding binding;
                List<String> columns;
                String label;
                if (block instanceof Block.Chart c) {
                    binding = c.data();
                    columns = c.y();
                    label = "Exhibit " + (++exhibits);
                } else if (block instanceof Block.Table t) {
                    binding = t.data();
                    columns = t.columns().isEmpty() ? data.dataset(binding).descriptor().columns().stream()
                            .map(dev.dossier.api.Column::name).toList() : t.columns();
                    label = "Table " + (++tables);
                } else {
                    continue;
                }
                for (Row row : data.materialise(binding)) {
                    int[] indexes = columns.stream().mapToInt(row.descriptor()::indexOf).toArray();
                    Confidence c = ConfidenceMarks.confidence(row, indexes);
                    seen.add(c);
                    String title = row.provenance().title();
                    List<String> matching = entries.stream()
                            .filter(e -> e.replaceAll("\\s", "").startsWith(title.replaceAll("\\s", ""))).toList(); // a title may wrap at a hyphen
                    assertThat(matching).as("appendix entry for '%s'", title).isNotEmpty();
                    assertThat(matching).as("%s: '%s' is cited as %s there", label, title, c.label())
                            .anySatisfy(e -> assertThat(confidences(e).getOrDefault(c.label(), Set.of())).contains(label));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // the flagship's data mixes published rows with estimates and blog posts: all three are told apart
        assertThat(seen).contains(Confidence.PUBLISHED, Confidence.ESTIMATE, Confidence.BLOG_POST);
    }
}
