package dev.dossier.core.template;

import dev.dossier.core.error.DossierException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates mangled the way hand edits mangle them (a character typed or deleted, a line
 * duplicated, moved or re-indented) load or fail with a {@link DossierException} that says where:
 * never another exception, never a message without a line and column.
 */
class MutatedTemplateProperties {

    private static final Path TEMPLATE = Path.of("../templates/china-ai-briefing.yaml");
    private static final String ORIGINAL = read(TEMPLATE);
    private static final Pattern LOCATED = Pattern.compile("^\\S*china-ai-briefing\\.yaml:\\d+:\\d+: .+", Pattern.DOTALL);
    private static final String TYPED = ":-{}[]\"'\t\n #&*!|>%@,?x9";

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<UnaryOperator<String>> edits() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, ORIGINAL.length() - 1);
        Arbitrary<UnaryOperator<String>> type = Combinators.combine(at, Arbitraries.of(TYPED.chars().boxed().toList()))
                .as((i, c) -> s -> s.substring(0, Math.min(i, s.length())) + (char) c.intValue() + s.substring(Math.min(i, s.length())));
        Arbitrary<UnaryOperator<String>> delete = Combinators.combine(at, Arbitraries.integers().between(1, 40))
                .as((i, n) -> s -> s.substring(0, Math.min(i, s.length())) + s.substring(Math.min(i + n, s.length())));
        Arbitrary<Integer> line = Arbitraries.integers().between(0, (int) ORIGINAL.lines().count() - 1);
        Arbitrary<UnaryOperator<String>> duplicate = line.map(l -> s -> withLines(s, lines -> lines.add(Math.min(l, lines.size() - 1), lines.get(Math.min(l, lines.size() - 1)))));
        Arbitrary<UnaryOperator<String>> move = Combinators.combine(line, line).as((a, b) -> s -> withLines(s, lines -> {
            String moved = lines.remove(Math.min(a, lines.size() - 1));
            lines.add(Math.min(b, lines.size()), moved);
        }));
        Arbitrary<UnaryOperator<String>> indent = Combinators.combine(line, Arbitraries.of("  ", "\t", " "))
                .as((l, pad) -> s -> withLines(s, lines -> {
                    int i = Math.min(l, lines.size() - 1);
                    lines.set(i, pad + lines.get(i));
                }));
        return Arbitraries.oneOf(type, delete, duplicate, move, indent);
    }

    private static String withLines(String text, java.util.function.Consumer<List<String>> change) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        change.accept(lines);
        return String.join("\n", lines) + "\n";
    }

    @Property(tries = 150)
    void aMangledTemplateLoadsOrFailsWithALocatedError(@ForAll("edits") UnaryOperator<String> first,
                                                       @ForAll("edits") UnaryOperator<String> second) {
        String mangled = second.apply(first.apply(ORIGINAL));
        try {
            new TemplateLoader().parse(TEMPLATE, mangled);
            Statistics.collect("loads");
        } catch (DossierException e) {
            Statistics.collect("refused");
            assertThat(e.getMessage()).as("located: " + e.getMessage()).matches(LOCATED);
            e.details().forEach(d -> assertThat(d).matches(LOCATED));
        }
        // the edits must break the template often enough for the property to say something
        Statistics.coverage(c -> c.check("refused").percentage(p -> p >= 20));
    }
}
