package dev.dossier.cli;

import dev.dossier.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error catalogue and docs/errors.md agree both ways: every {@link ErrorCode} has a section
 * the CLI points to, every section names a code, and no code is written as a string literal.
 */
class ErrorCatalogueTest {

    private static final Pattern SECTION = Pattern.compile("(?m)^### ([a-z0-9-]+)$");
    private static final Pattern LITERAL = Pattern.compile("\"DOS-[A-Z]");

    @Test
    void everyCodeHasASectionAndEverySectionACode() throws IOException {
        String doc = Files.readString(Path.of("../docs/errors.md"));
        Set<String> sections = new TreeSet<>();
        Matcher m = SECTION.matcher(doc);
        while (m.find()) {
            sections.add(m.group(1));
        }
        Set<String> anchors = Arrays.stream(ErrorCode.values()).map(ErrorCode::anchor)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(sections).isEqualTo(anchors);
    }

    @Test
    void codesAreRaisedFromTheCatalogueNotFromStringLiterals() throws IOException {
        Set<String> offenders = new TreeSet<>();
        for (String module : new String[] {"../report-core/src/main/java", "../report-cli/src/main/java",
                                           "../sources-builtin/src/main/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(module))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (LITERAL.matcher(Files.readString(f)).find()) {
                        offenders.add(f.getFileName().toString());
                    }
                }
            }
        }
        assertThat(offenders).as("files spelling an error code as a string").isEmpty();
    }
}
