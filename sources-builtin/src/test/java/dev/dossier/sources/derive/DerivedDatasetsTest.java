package dev.dossier.sources.derive;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The shipped curated CSVs are exactly what the recipes build from the data brief.
 *
 * <p>Needs the brief ({@code ../shared/data} beside the repository, or {@code $DOSSIER_DATA_BRIEF}):
 * without it the comparison is skipped, except when {@code CI=true}, where a missing brief fails.
 */
class DerivedDatasetsTest {
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path RECIPES = MODULE.resolve("recipes");
    static final Path SHIPPED = MODULE.resolve("src/main/resources/dev/dossier/sources");

    static List<String> shippedDatasets() throws IOException {
        try (Stream<Path> s = Files.walk(SHIPPED, 2)) {
            return s.filter(p -> p.toString().endsWith(".csv"))
                    .map(p -> SHIPPED.relativize(p).toString().replace('\\', '/').replaceAll("\\.csv$", ""))
                    .sorted().toList();
        }
    }

    @Test
    void everyShippedDatasetHasARecipeAndEveryRecipeAShippedDataset() throws IOException {
        List<String> shipped = shippedDatasets();
        assertThat(shipped).hasSizeGreaterThan(30);
        List<String> recipes = DeriveDatasets.recipeFiles(RECIPES).stream()
                .map(p -> RECIPES.relativize(p).toString().replace('\\', '/').replaceAll("\\.yaml$", "")).toList();
        assertThat(recipes).as("recipes under %s", RECIPES).containsExactlyElementsOf(shipped);
    }

    @Test
    void shippedCsvsAreWhatTheRecipesBuild(@TempDir Path out) throws IOException {
        Optional<Path> brief = BriefLocation.find(MODULE.getParent());
        if (brief.isEmpty()) {
            String msg = "data brief not found (looked for " + BriefLocation.describe(MODULE.getParent())
                    + "); set DOSSIER_DATA_BRIEF to check the shipped datasets against it";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true: " + msg);
            }
            Assumptions.abort(msg);
        }
        Map<String, String> built = DeriveDatasets.deriveAll(RECIPES, brief.get());
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(shippedDatasets())) {
            String derived = built.get(name);
            if (derived == null) {
                problems.add(name + ": no recipe builds it");
                continue;
            }
            Path target = out.resolve(name + ".csv");
            Files.createDirectories(target.getParent());
            Files.writeString(target, derived, StandardCharsets.UTF_8);
            byte[] shipped = Files.readAllBytes(SHIPPED.resolve(name + ".csv"));
            if (!java.util.Arrays.equals(shipped, Files.readAllBytes(target))) {
                problems.add(name + ": " + firstDifference(new String(shipped, StandardCharsets.UTF_8), derived));
            }
        }
        assertThat(problems).as("datasets that differ from their recipes (rebuild with sources-builtin/derive-datasets.sh,"
                + " or fix the recipe)").isEmpty();
    }

    @Test
    void aStaleOverlayIsAnErrorNamingTheRecipe(@TempDir Path dir) throws IOException {
        Path brief = dir.resolve("brief");
        Files.createDirectories(brief);
        Files.writeString(brief.resolve("t.csv"), "metric,entity,value\nm,China,1\n");
        Path recipe = dir.resolve("r.yaml");
        Files.writeString(recipe, """
                dataset: x/y
                brief: t.csv
                columns:
                  entity: {from: entity}
                  value: {from: value}
                rows:
                  - where: {metric: m}
                overlay:
                  - match: {entity: Japan}
                    set: {value: "2"}
                    reason: BRIEF.md line 1
                """);
        Derivation d = new Derivation(brief, Map.of());
        try {
            d.derive(Recipe.load(recipe), recipe);
            fail("expected an error");
        } catch (DerivationException e) {
            assertThat(e.getMessage()).contains("r.yaml").contains("overlay[0]").contains("matches no row");
        }
    }

    static String firstDifference(String shipped, String derived) {
        String[] a = shipped.split("\n", -1);
        String[] b = derived.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n    shipped: " + x + "\n    recipe:  " + y;
            }
        }
        return "differs in line endings or encoding";
    }
}
