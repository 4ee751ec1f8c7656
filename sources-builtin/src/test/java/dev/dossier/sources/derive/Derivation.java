package dev.dossier.sources.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link Recipe} to the data brief and gives the dataset's CSV text.
 *
 * <p>Steps, in order: each {@code rows} entry yields rows ({@code where}: the matching brief rows
 * mapped through {@code columns}; {@code literal}: the given cells); then every {@code overlay}
 * sets cells in the rows whose derived cells (before any overlay) equal its {@code match}.
 * Everything that can go stale is an error, so a recipe either builds exactly or says why:
 * an unknown column or transform, a {@code where} that matches no brief row, an overlay that
 * matches no row, a literal or overlay without a reason. Errors are {@link DerivationException}s
 * whose message starts with the recipe file and the entry ({@code rows[3]}, {@code overlay[0]}).
 * Not thread-safe per instance only in the sense that it caches brief files; use one per run.
 */
public final class Derivation {
    private final Path briefDir;
    private final Transforms transforms;
    private final Map<String, BriefTable> briefs = new HashMap<>();

    /**
     * @param briefDir the data brief directory (holds {@code BRIEF.md} and the brief CSVs)
     * @param glossary English → Chinese names for the {@code zh} transform
     */
    public Derivation(Path briefDir, Map<String, String> glossary) {
        this.briefDir = briefDir;
        this.transforms = new Transforms(glossary);
    }

    /**
     * Builds one dataset.
     *
     * @param recipe the recipe
     * @param origin the recipe's file, for messages
     * @return the dataset's CSV text (header line first, {@code \n} line ends)
     * @throws DerivationException when the recipe does not fit the brief (see the class comment)
     */
    public String derive(Recipe recipe, Path origin) {
        String where = origin.toString();
        if (recipe.dataset() == null || !recipe.dataset().matches("[a-z]+/[a-z0-9-]+")) {
            throw new DerivationException(where + ": dataset must be <source>/<name>, got " + recipe.dataset(), null);
        }
        if (recipe.columns() == null || recipe.columns().isEmpty()) {
            throw new DerivationException(where + ": columns is empty", null);
        }
        if (recipe.rows() == null || recipe.rows().isEmpty()) {
            throw new DerivationException(where + ": rows is empty", null);
        }
        List<String> header = new ArrayList<>(recipe.columns().keySet());
        recipe.columns().forEach((name, rule) -> checkRule(where, name, rule));
        List<Map<String, String>> derived = new ArrayList<>();
        for (int i = 0; i < recipe.rows().size(); i++) {
            Recipe.RowSource source = recipe.rows().get(i);
            String entry = where + ": rows[" + i + "]";
            if ((source.where() == null) == (source.literal() == null)) {
                throw new DerivationException(entry + ": give exactly one of where or literal", null);
            }
            if (source.literal() != null) {
                requireReason(entry, source.reason());
                checkColumns(entry + ".literal", source.literal(), header);
                Map<String, String> row = new LinkedHashMap<>();
                header.forEach(c -> row.put(c, source.literal().getOrDefault(c, "")));
                fillIndex(recipe, row, derived.size() + 1);
                derived.add(row);
                continue;
            }
            String file = source.brief() != null ? source.brief() : recipe.brief();
            if (file == null) {
                throw new DerivationException(entry + ": no brief file (set brief: on the recipe or the entry)", null);
            }
            BriefTable table = briefs.computeIfAbsent(file, f -> BriefTable.read(briefDir.resolve(f)));
            checkColumns(entry + ".where", source.where(), table.header());
            int matched = 0;
            for (Map<String, String> brow : table.rows()) {
                if (matches(brow, source.where())) {
                    matched++;
                    derived.add(mapRow(recipe, table, brow, derived.size() + 1, entry));
                }
            }
            if (matched == 0) {
                throw new DerivationException(entry + ": where " + source.where() + " matches no row of " + file, null);
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        derived.forEach(r -> out.add(new LinkedHashMap<>(r)));
        List<Recipe.Overlay> overlays = recipe.overlay() == null ? List.of() : recipe.overlay();
        for (int i = 0; i < overlays.size(); i++) {
            Recipe.Overlay o = overlays.get(i);
            String entry = where + ": overlay[" + i + "]";
            requireReason(entry, o.reason());
            if (o.match() == null || o.match().isEmpty() || o.set() == null || o.set().isEmpty()) {
                throw new DerivationException(entry + ": needs match and set", null);
            }
            checkColumns(entry + ".match", o.match(), header);
            checkColumns(entry + ".set", o.set(), header);
            int hits = 0;
            for (int r = 0; r < derived.size(); r++) {
                if (matches(derived.get(r), o.match())) {
                    hits++;
                    out.get(r).putAll(o.set());
                }
            }
            if (hits == 0) {
                throw new DerivationException(entry + ": match " + o.match() + " matches no row", null);
            }
        }
        List<List<String>> cells = new ArrayList<>();
        out.forEach(r -> cells.add(new ArrayList<>(r.values())));
        return CsvText.write(header, cells);
    }

    private Map<String, String> mapRow(Recipe recipe, BriefTable table, Map<String, String> brow, int index,
                                       String entry) {
        Map<String, String> row = new LinkedHashMap<>();
        recipe.columns().forEach((name, rule) -> {
            String v;
            if (Boolean.TRUE.equals(rule.index())) {
                v = Integer.toString(index);
            } else if (rule.value() != null) {
                v = rule.value();
            } else {
                if (!table.header().contains(rule.from())) {
                    throw new DerivationException(entry + ": column " + name + " reads '" + rule.from()
                            + "', which " + table.file().getFileName() + " does not have (it has " + table.header() + ")", null);
                }
                String cell = brow.getOrDefault(rule.from(), "");
                v = rule.as() == null ? cell : transforms.apply(rule.as(), cell);
            }
            row.put(name, v);
        });
        return row;
    }

    private static void fillIndex(Recipe recipe, Map<String, String> row, int index) {
        recipe.columns().forEach((name, rule) -> {
            if (Boolean.TRUE.equals(rule.index())) {
                row.put(name, Integer.toString(index));
            }
        });
    }

    private static boolean matches(Map<String, String> row, Map<String, String> criteria) {
        for (Map.Entry<String, String> e : criteria.entrySet()) {
            if (!e.getValue().equals(row.getOrDefault(e.getKey(), ""))) {
                return false;
            }
        }
        return true;
    }

    private static void checkRule(String where, String name, Recipe.Column rule) {
        if (rule == null) {
            throw new DerivationException(where + ": columns." + name + " has no rule", null);
        }
        int kinds = (rule.from() != null ? 1 : 0) + (rule.value() != null ? 1 : 0)
                + (Boolean.TRUE.equals(rule.index()) ? 1 : 0);
        if (kinds != 1) {
            throw new DerivationException(where + ": columns." + name + " needs exactly one of from, value, index", null);
        }
        if (rule.as() != null && (rule.from() == null || !Transforms.NAMES.contains(rule.as()))) {
            throw new DerivationException(where + ": columns." + name + ": transform '" + rule.as()
                    + "' needs from: and is one of " + Transforms.NAMES, null);
        }
    }

    private static void checkColumns(String entry, Map<String, String> cells, List<String> known) {
        for (String c : cells.keySet()) {
            if (!known.contains(c)) {
                throw new DerivationException(entry + ": unknown column '" + c + "' (known: " + known + ")", null);
            }
        }
    }

    private static void requireReason(String entry, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DerivationException(entry + ": a reason citing the brief is required", null);
        }
    }
}
