package dev.dossier.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error code the code base can raise has a section in docs/errors.md that the CLI points to. */
class ErrorCatalogueTest {

    private static final Pattern CODE = Pattern.compile("\"(DOS-[A-Z]+(?:-[A-Z]+)*)\"");

    @Test
    void everyErrorCodeIsExplainedInDocsErrors() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String module : new String[] {"../report-core/src/main/java", "../report-cli/src/main/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(module))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = CODE.matcher(Files.readString(f));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        codes.add("DOS-INTERNAL");
        String doc = Files.readString(Path.of("../docs/errors.md"));
        assertThat(codes).hasSizeGreaterThan(15);
        assertThat(codes).allSatisfy(code -> assertThat(doc).contains("### " + ErrorReporter.anchor(code) + "\n"));
    }
}
