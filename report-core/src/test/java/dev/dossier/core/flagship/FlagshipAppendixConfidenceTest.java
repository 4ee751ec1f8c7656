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
 * rows were cited with, and where — checked against the dataset rows each exhibit and table
 * prints, counting only rows that print a value from the source.
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

    /**
     * "published, in Exhibit 2, Table 3; estimate, in Table 6" → confidence label → places, each
     * without whitespace ("Exhibit2"): text read by position may split a word.
     */
    private static Map<String, Set<String>> confidences(String entry) {
        String text = bare(entry);
        String line = text.substring(text.indexOf("Confidence:") + "Confidence:".length());
        int url = line.indexOf("http");
        line = url < 0 ? line : line.substring(0, url);
        Map<String, Set<String>> out = new HashMap<>();
        for (String group : line.split(";")) {
            String[] labelAndPlaces = group.split(",in", 2);
            String label = labelAndPlaces[0].replace("(notindependentlyconfirmed)", "");
            Set<String> places = new HashSet<>();
            if (labelAndPlaces.length > 1) {
                for (String p : labelAndPlaces[1].split(",")) {
                    places.add(p.replaceAll("\\.$", ""));
                }
            }
            out.put(label, places);
        }
        return out;
    }

    /** Where an entry's URLs begin; text read by position may put a space inside "https". */
    private static final java.util.regex.Pattern URL_START =
            java.util.regex.Pattern.compile("\\sh\\s?t\\s?t\\s?p\\s?s?\\s?:\\s?/\\s?/");

    /** Whitespace-free text, so a URL or title wrapped across lines still matches. */
    private static String bare(String s) {
        return s.replaceAll("\\s", "");
    }

    /** The appendix entries naming this row's source: every one of its URLs, or its title when it has none. */
    private static List<String> entriesOf(List<String> entries, Row row) {
        String url = row.provenance().url().strip();
        if (url.isEmpty()) {
            String title = bare(row.provenance().title());
            return entries.stream().filter(e -> bare(e).startsWith(title)).toList();
        }
        Set<String> parts = new HashSet<>();
        for (String u : url.split(" ; ")) {
            parts.add(bare(u));
        }
        return entries.stream().filter(e -> urls(e).equals(parts)).toList();
    }

    /** The URLs an entry prints after its confidence line (one a line; a long one wraps without a break mark). */
    private static Set<String> urls(String entry) {
        java.util.regex.Matcher at = URL_START.matcher(entry);
        Set<String> out = new java.util.LinkedHashSet<>();
        if (at.find()) {
            for (String url : bare(entry.substring(at.start())).split("(?=https?://)")) {
                if (!url.isEmpty()) {
                    out.add(url);
                }
            }
        }
        return out;
    }

    /** The places of an entry that are exhibits or tables (text and KPI citations are left out), by confidence. */
    private static Map<String, Set<String>> blockPlaces(String entry) {
        Map<String, Set<String>> out = new HashMap<>();
        confidences(entry).forEach((label, places) -> {
            Set<String> blocks = new HashSet<>();
            places.stream().filter(p -> p.startsWith("Exhibit") || p.startsWith("Table")).forEach(blocks::add);
            if (!blocks.isEmpty()) {
                out.put(label, blocks);
            }
        });
        return out;
    }

    /**
     * Each source's appendix entry lists, for exhibits and tables, exactly the places and confidences
     * of the dataset rows that print a value from it there: a row whose printed cells are all missing
     * (an "n/a" bar) is no citation, and a row not found in any source ("not found") cites nothing,
     * whatever source is named on it. One URL is one entry.
     */
    /**
     * The text of every page without its running header and footer: lines that, digits aside
     * ("Page 15 of 19"), recur on more than half of the pages.
     */
    private static String bodyText(Path file) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        Map<String, Integer> recurring = new HashMap<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // tables may be drawn after the text that follows them
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = List.of(stripper.getText(pdf).split("\\R"));
                pages.add(lines);
                lines.stream().map(l -> l.replaceAll("\\d", "#").strip()).distinct()
                        .forEach(l -> recurring.merge(l, 1, Integer::sum));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> lines : pages) {
            for (String line : lines) {
                if (recurring.get(line.replaceAll("\\d", "#").strip()) * 2 <= pages.size()) {
                    out.append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    @Test
    void eachSourceListsExactlyTheConfidencesAndPlacesOfRowsPrintingItsValues() throws IOException {
        Path template = Path.of("../templates/china-ai-briefing.yaml");
        ProviderRegistry registry = ProviderRegistry.discover(List.of());
        GenerateResult result = new ReportEngine(registry, List.of(Path.of("../templates/themes")))
                .generate(GenerateRequest.builder(template, dir.resolve("b.pdf")).build());
        String text = bodyText(result.output());
        List<String> entries = entries(text);
        ReportDefinition definition = new TemplateLoader().load(template);
        int exhibits = 0;
        int tables = 0;
        int citing = 0;
        int gaps = 0;
        int notFound = 0;
        Set<Confidence> seen = new HashSet<>();
        Map<String, Map<String, Set<String>>> expected = new java.util.LinkedHashMap<>(); // entry -> label -> places
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
                    boolean prints = java.util.Arrays.stream(indexes).anyMatch(i -> i >= 0 && row.get(i) != null);
                    List<String> matching = entriesOf(entries, row);
                    if (row.provenance().confidence() == Confidence.NOT_FOUND) {
                        notFound++;
                        continue;
                    }
                    if (!prints) {
                        gaps++;
                        continue;
                    }
                    Confidence c = ConfidenceMarks.confidence(row, indexes);
                    seen.add(c);
                    assertThat(matching).as("%s: one appendix entry for '%s' (%s)", label, row.provenance().title(),
                            row.provenance().url()).hasSize(1);
                    expected.computeIfAbsent(matching.get(0), e -> new HashMap<>())
                            .computeIfAbsent(bare(c.label()), k -> new HashSet<>()).add(bare(label));
                    citing++;
                }
            }
        }
        for (String entry : entries) {
            assertThat(blockPlaces(entry)).as("exhibits and tables citing '%s'", entry)
                    .isEqualTo(expected.getOrDefault(entry, Map.of()));
            assertThat(confidences(entry)).as("'%s' lists no confidence 'not found'", entry)
                    .doesNotContainKey(bare(Confidence.NOT_FOUND.label()));
        }
        assertThat(citing).isGreaterThan(100);
        // the flagship prints rows of both kinds that cite nothing: gaps and rows not found in any source
        assertThat(gaps).as("printed rows with every printed value missing").isPositive();
        assertThat(notFound).as("printed rows not found in any source").isPositive();
        // the flagship's data mixes published rows with estimates and blog posts: all three are told apart
        assertThat(seen).contains(Confidence.PUBLISHED, Confidence.ESTIMATE, Confidence.BLOG_POST);
    }
}
