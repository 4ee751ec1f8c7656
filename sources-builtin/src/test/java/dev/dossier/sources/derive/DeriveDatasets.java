package dev.dossier.sources.derive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds every curated dataset from its recipe: {@code DeriveDatasets RECIPES_DIR BRIEF_DIR OUT_DIR}.
 *
 * <p>Reads {@code RECIPES_DIR/<source>/<dataset>.yaml} and {@code RECIPES_DIR/glossary-zh.yaml},
 * writes {@code OUT_DIR/<source>/<dataset>.csv} (UTF-8). Run by {@code sources-builtin/derive-datasets.sh};
 * {@code DerivedDatasetsTest} checks the shipped files against {@link #deriveAll}. Exit code 2 with
 * a message naming the recipe and entry when a recipe does not fit the brief.
 */
public final class DeriveDatasets {
    private DeriveDatasets() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: DeriveDatasets RECIPES_DIR BRIEF_DIR OUT_DIR");
            System.exit(2);
        }
        Path recipes = Path.of(args[0]);
        Path brief = Path.of(args[1]);
        Path out = Path.of(args[2]);
        if (!Files.isRegularFile(brief.resolve("BRIEF.md"))) {
            System.err.println("derive-datasets: " + brief + " is not the data brief (no BRIEF.md there)");
            System.exit(2);
        }
        try {
            Map<String, String> built = deriveAll(recipes, brief);
            for (Map.Entry<String, String> e : built.entrySet()) {
                Path file = out.resolve(e.getKey() + ".csv");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            System.out.println("derive-datasets: wrote " + built.size() + " datasets to " + out);
        } catch (DerivationException e) {
            System.err.println("derive-datasets: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("derive-datasets: cannot write: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Builds all datasets.
     *
     * @return dataset name ({@code <source>/<name>}) → CSV text, sorted by name
     * @throws DerivationException when a recipe does not fit the brief, or two recipes name one dataset
     */
    public static Map<String, String> deriveAll(Path recipesDir, Path briefDir) {
        Map<String, String> glossary = Recipe.loadGlossary(recipesDir.resolve("glossary-zh.yaml"));
        Derivation derivation = new Derivation(briefDir, glossary);
        Map<String, String> out = new TreeMap<>();
        for (Path file : recipeFiles(recipesDir)) {
            Recipe recipe = Recipe.load(file);
            String expected = recipesDir.relativize(file).toString().replace('\\', '/').replaceAll("\\.yaml$", "");
            if (!expected.equals(recipe.dataset())) {
                throw new DerivationException(file + ": dataset is '" + recipe.dataset()
                        + "' but the file's place says '" + expected + "'", null);
            }
            out.put(recipe.dataset(), derivation.derive(recipe, file));
        }
        return out;
    }

    /** The recipe files: {@code <source>/<dataset>.yaml} one level below {@code recipesDir}, sorted. */
    public static List<Path> recipeFiles(Path recipesDir) {
        try (Stream<Path> s = Files.walk(recipesDir, 2)) {
            return s.filter(p -> p.getNameCount() == recipesDir.getNameCount() + 2)
                    .filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
