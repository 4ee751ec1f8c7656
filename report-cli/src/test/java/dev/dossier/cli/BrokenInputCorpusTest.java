package dev.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every case of the broken-input corpus ({@code src/test/resources/corpus/cases.yaml})
 * through the real command line: the exit code, the message fragments, and that nothing is
 * written at the output path when the run fails.
 */
class BrokenInputCorpusTest {

    /** One corpus case, as written in {@code cases.yaml}. */
    record Case(String name, String template, String output, List<String> args, Map<String, Object> inflate,
                int exit, List<String> expect, List<String> pdf) {
        @Override
        public String toString() {
            return name;
        }

        String slug() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }

    @TempDir
    static Path corpus;

    @BeforeAll
    static void copyCorpusWithThemesAndFonts() throws IOException {
        copy(Path.of("src/test/resources/corpus"), corpus);
        for (String folder : new String[] {"themes", "fonts", "assets"}) {
            copy(Path.of("../templates", folder), corpus.resolve(folder));
        }
    }

    static List<Case> cases() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/corpus/cases.yaml"))) {
            return List.of(yaml.readValue(in, Case[].class));
        }
    }

    @Test
    void theCorpusCoversAtLeastFortyBrokenFiles() throws IOException {
        assertThat(cases().stream().filter(c -> c.exit() != 0)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases()).extracting(Case::slug).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenFileGetsItsExitCodeAndMessageAndLeavesNothing(Case c) throws IOException {
        if (c.inflate() != null) {
            inflate(c.inflate());
        }
        Path out = c.output() == null ? corpus.resolve("out").resolve(c.slug() + ".pdf")
                : c.output().equals("-") ? Path.of("-") : corpus.resolve(c.output());
        boolean existedBefore = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        List<String> args = new ArrayList<>(List.of("generate", "-q", corpus.resolve(c.template()).toString(),
                "-o", out.toString()));
        if (c.args() != null) {
            args.addAll(c.args());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String printed = run.err() + run.out();

        assertThat(run.exit()).as(printed).isEqualTo(c.exit());
        assertThat(printed).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        for (String fragment : c.expect() == null ? List.<String>of() : c.expect()) {
            assertThat(printed).contains(fragment);
        }
        if (c.exit() == 0) {
            String text = pdfText(out);
            for (String fragment : c.pdf() == null ? List.<String>of() : c.pdf()) {
                assertThat(text).contains(fragment);
            }
        } else if (!existedBefore) {
            assertThat(Files.exists(out, LinkOption.NOFOLLOW_LINKS)).as("nothing written at " + out).isFalse();
        } else {
            assertThat(Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)).as("the existing path is left as it was").isFalse();
        }
        assertThat(partFiles(corpus)).isEmpty();
        assertThat(partFiles(corpus.resolve("out"))).isEmpty();
    }

    private static void inflate(Map<String, Object> recipe) throws IOException {
        Path file = corpus.resolve((String) recipe.get("file"));
        String body = Files.readString(file);
        String marker = (String) recipe.get("marker");
        if (body.contains(marker)) {
            Files.writeString(file, body.replace(marker, ((String) recipe.get("text")).repeat((Integer) recipe.get("repeat"))));
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<Path> partFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
