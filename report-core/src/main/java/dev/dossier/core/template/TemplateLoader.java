package dev.dossier.core.template;

import dev.dossier.core.chart.ChartType;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.text.DidYouMean;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.core.error.DossierException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a report template (YAML) into a {@link ReportDefinition}, checking its structure.
 *
 * <p>Every problem is reported with {@code file:line:column}, what was found and what was
 * expected; all problems of a file are collected into one {@link DossierException} (code
 * {@code DOS-TEMPLATE-INVALID}, exit code 2). Whether the bound sources, datasets and columns
 * exist is checked later by {@link TemplateValidator}, which needs the providers.
 */
public final class TemplateLoader {

    // Package-visible for the test that keeps these and templates/schema/template.schema.json in agreement.
    static final Set<String> TOP_KEYS = Set.of("title", "subtitle", "summary", "author", "keywords",
            "theme", "parameters", "sources", "sections");
    static final Set<String> SECTION_KEYS = Set.of("title", "lead", "blocks");
    static final Set<String> BLOCK_KINDS = Set.of("text", "kpis", "chart", "table", "sources", "changes");
    static final String ON_ERROR = "onError";
    static final Set<String> BINDING_KEYS = Set.of("data", "where", "sort", "limit", "later");
    static final Set<String> CHART_KEYS = union(BINDING_KEYS, Set.of("type", "x", "y", "series", "title",
            "subtitle", "note", "log", "top", "height", "axis", "facet"));
    static final Set<String> TABLE_KEYS = union(BINDING_KEYS, Set.of("columns", "title", "subtitle", "note", "decimals"));
    static final Set<String> CHANGES_KEYS = Set.of("withoutPrevious");
    static final Set<String> KPI_KEYS = union(BINDING_KEYS, Set.of("value", "label", "detail"));
    /** Chart types the renderer draws; see {@code dev.dossier.core.chart.ChartType}. */
    public static final Set<String> CHART_TYPES = Set.copyOf(ChartType.ids());

    /**
     * Loads a template file.
     *
     * @throws DossierException INPUT when the file is missing, is not YAML, or its structure is wrong
     */
    public ReportDefinition load(Path file) {
        return read(LocatedYaml.read(file));
    }

    /** Loads template text; {@code file} names it in messages and anchors relative paths (may be null). */
    public ReportDefinition parse(Path file, String yaml) {
        return read(LocatedYaml.parse(file, yaml));
    }

    private ReportDefinition read(LocatedYaml doc) {
        List<String> problems = new ArrayList<>();
        NodeReader top = new NodeReader(doc, "", doc.root(), problems);
        if (!doc.root().isObject()) {
            throw DossierException.input(ErrorCode.TEMPLATE_INVALID, top.location() + ": a template is a mapping with 'title' and 'sections'");
        }
        top.allowOnly(TOP_KEYS, "the template");
        String title = top.string("title", true);
        List<Section> sections = new ArrayList<>();
        List<NodeReader> sectionNodes = top.elements("sections", true);
        if (sectionNodes.isEmpty() && doc.root().has("sections")) {
            top.problem("sections", "'sections' is empty; a report needs at least one section");
        }
        for (NodeReader s : sectionNodes) {
            sections.add(section(s));
        }
        ReportDefinition def = new ReportDefinition(doc.file(), title, top.string("subtitle", false),
                top.string("summary", false), top.string("author", false), top.strings("keywords"),
                top.string("theme", false), top.stringMap("parameters"), sourceOptions(top), sections);
        problems.addAll(schemaOnly(doc, problems));
        if (!problems.isEmpty()) {
            throw new DossierException(ErrorCode.TEMPLATE_INVALID, DossierException.Kind.INPUT,
                    problems.get(0), problems.subList(1, problems.size()), null);
        }
        return def;
    }

    /**
     * What the JSON Schema finds that the reading above did not: the two agree on the keys (a test
     * keeps them so), and the schema is what editors check against, so anything only it finds is
     * still reported, with its JSON path.
     */
    private static List<String> schemaOnly(LocatedYaml doc, List<String> problems) {
        List<String> located = problems.stream().map(TemplateLoader::where).toList();
        return SchemaCheck.templates().problems(doc).stream().filter(p -> !located.contains(where(p))).toList();
    }

    /** The {@code file:line:column} a problem line starts with. */
    private static String where(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?:\\d+:\\d+):").matcher(problem);
        return m.find() ? m.group(1) : problem;
    }

    private static Map<String, Map<String, String>> sourceOptions(NodeReader top) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        NodeReader sources = top.child("sources", false);
        if (sources != null) {
            sources.node().fieldNames().forEachRemaining(id -> out.put(id, sources.stringMap(id)));
        }
        return out;
    }

    private Section section(NodeReader s) {
        if (!s.node().isObject()) {
            s.problem(null, "a section is a mapping with 'title' and 'blocks', not a " + NodeReader.kind(s.node()));
            return new Section("", "", List.of(), s.location());
        }
        s.allowOnly(SECTION_KEYS, "a section");
        List<Block> blocks = new ArrayList<>();
        for (NodeReader b : s.elements("blocks", true)) {
            Block block = block(b);
            if (block != null) {
                blocks.add(block);
            }
        }
        String title = s.string("title", true);
        return new Section(title == null ? "" : title, s.string("lead", false), blocks, s.location());
    }

    private Block block(NodeReader b) {
        JsonNode node = b.node();
        boolean placeholder = onError(b);
        int kinds = node.isObject() ? node.size() - (node.has(ON_ERROR) ? 1 : 0) : 0;
        if (kinds != 1) {
            b.problem(null, "a block is a mapping with exactly one of " + String.join(", ", sorted(BLOCK_KINDS))
                    + " (and optionally '" + ON_ERROR + "')");
            return null;
        }
        String kind = java.util.stream.StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false)
                .filter(k -> !k.equals(ON_ERROR)).findFirst().orElseThrow();
        return switch (kind) {
            case "text" -> text(b);
            case "kpis" -> kpis(b, placeholder);
            case "chart" -> chart(b.child("chart", true), placeholder);
            case "table" -> table(b.child("table", true), placeholder);
            case "sources" -> new Block.Sources(b.location());
            case "changes" -> changes(b);
            default -> {
                b.problem(kind, "unknown block '" + kind + "'" + DidYouMean.hint(kind, BLOCK_KINDS)
                        + "; expected one of " + String.join(", ", sorted(BLOCK_KINDS)));
                yield null;
            }
        };
    }

    /** Reads {@code onError: fail|placeholder} beside a block's kind; true for placeholder. */
    private static boolean onError(NodeReader b) {
        if (!b.node().isObject() || !b.node().has(ON_ERROR)) {
            return false;
        }
        String v = b.string(ON_ERROR, false);
        if (v != null && !v.equals("fail") && !v.equals("placeholder")) {
            b.problem(ON_ERROR, "'" + ON_ERROR + "' is 'fail' or 'placeholder', not '" + v + "'");
        }
        return "placeholder".equals(v);
    }

    /** {@code changes: {}} or {@code changes: { withoutPrevious: omit }}: what changed since the last edition. */
    private static Block changes(NodeReader b) {
        NodeReader c = b.child("changes", false);
        String without = null;
        if (c != null && c.node().isObject()) {
            c.allowOnly(CHANGES_KEYS, "a changes block");
            without = c.string("withoutPrevious", false);
            if (without != null && !without.equals("say") && !without.equals("omit")) {
                c.problem("withoutPrevious", "'withoutPrevious' is 'say' or 'omit', not '" + without + "'");
            }
        }
        return new Block.Changes("omit".equals(without), b.location());
    }

    private static Block text(NodeReader b) {
        String md = b.string("text", true);
        return md == null ? null : new Block.Text(md, b.location());
    }

    private Block kpis(NodeReader b, boolean placeholder) {
        List<Block.Kpi> tiles = new ArrayList<>();
        for (NodeReader k : b.elements("kpis", true)) {
            if (!k.node().isObject()) {
                k.problem(null, "a KPI is a mapping with 'data', 'value' and 'label'");
                continue;
            }
            k.allowOnly(KPI_KEYS, "a KPI");
            DataBinding data = binding(k);
            String value = k.string("value", true);
            String label = k.string("label", true);
            if (data != null && value != null && label != null) {
                tiles.add(new Block.Kpi(data, value, label, k.string("detail", false)));
            }
        }
        return new Block.Kpis(tiles, b.location(), placeholder);
    }

    private Block chart(NodeReader c, boolean placeholder) {
        if (c == null) {
            return null;
        }
        c.allowOnly(CHART_KEYS, "a chart");
        String typeName = c.string("type", true);
        ChartType type = typeName == null ? null : ChartType.byId(typeName).orElse(null);
        if (typeName != null && type == null) {
            c.problem("type", "unknown chart type '" + typeName + "'" + DidYouMean.hint(typeName, CHART_TYPES)
                    + "; expected one of " + String.join(", ", sorted(CHART_TYPES)));
        }
        DataBinding data = binding(c);
        String x = c.string("x", true);
        List<String> y = c.strings("y");
        if (y.isEmpty()) {
            c.problem(null, "missing 'y' (the value column or columns)");
        }
        String title = c.string("title", true);
        if (data == null || type == null || x == null || title == null) {
            return null;
        }
        return new Block.Chart(data, type, x, y, c.string("series", false), title, c.string("subtitle", false),
                c.string("note", false), c.flag("log"), c.integer("top"), c.decimal("height"), c.string("axis", false),
                c.location(), placeholder, c.flag("facet"));
    }

    private Block table(NodeReader t, boolean placeholder) {
        if (t == null) {
            return null;
        }
        t.allowOnly(TABLE_KEYS, "a table");
        DataBinding data = binding(t);
        java.util.Map<String, Integer> decimals = new java.util.LinkedHashMap<>();
        t.stringMap("decimals").forEach((column, n) -> {
            if (!n.matches("\\d")) {
                t.problem("decimals/" + column, "decimals of '" + column + "' must be a whole number from 0 to 9, not '" + n + "'");
            } else {
                decimals.put(column, Integer.parseInt(n));
            }
        });
        return data == null ? null : new Block.Table(data, t.strings("columns"), t.string("title", false),
                t.string("subtitle", false), t.string("note", false), t.location(), placeholder, decimals);
    }

    /** Reads {@code data: source/dataset} with its sibling shaping keys. */
    private static DataBinding binding(NodeReader n) {
        String ref = n.string("data", true);
        if (ref == null) {
            return null;
        }
        int slash = ref.indexOf('/');
        if (slash <= 0 || slash == ref.length() - 1 || ref.indexOf('/', slash + 1) >= 0) {
            n.problem("data", "'" + ref + "' is not a dataset reference; expected 'source/dataset', e.g. 'patents/families-by-country'");
            return null;
        }
        String later = n.string("later", false);
        if (later != null && !later.equals("include") && !later.equals("omit")) {
            n.problem("later", "'" + later + "' is not a choice for rows dated after the edition; expected 'omit' (the default) or 'include'");
        }
        return new DataBinding(ref.substring(0, slash), ref.substring(slash + 1), n.stringMap("where"),
                n.strings("sort"), n.integer("limit"), n.locationOfChild("data"), "include".equals(later));
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
