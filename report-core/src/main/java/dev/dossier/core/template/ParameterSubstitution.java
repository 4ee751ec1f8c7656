package dev.dossier.core.template;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.text.DidYouMean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} with the report parameter {@code name} everywhere a template has text:
 * title, subtitle, summary, author, keywords, section titles and leads, text blocks (figure
 * references included, e.g. {@code {{companies/profiles[company={company}].valuation}}}), KPI
 * labels, chart and table titles, subtitles and notes, {@code where} values and source options
 * ({@code file: data/{company}.csv}). So one template serves a batch of reports, one per row of
 * parameters.
 *
 * <p>A name is lower-case letters, digits, {@code -} and {@code _}; {@code \{name}} keeps the
 * braces literally. The double braces of a figure reference are not a parameter.
 */
public final class ParameterSubstitution {

    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![{\\\\])\\{([a-z][a-z0-9_-]*)}(?!})");

    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    private ParameterSubstitution(Map<String, String> values) {
        this.values = values;
    }

    /**
     * The template with every placeholder filled from its parameters (after {@code -p} overrides).
     *
     * @throws DossierException INPUT {@code DOS-TEMPLATE-UNKNOWN-PARAMETER} naming each unknown
     *                          placeholder with its location and the parameters there are
     */
    public static ReportDefinition apply(ReportDefinition def) {
        ParameterSubstitution s = new ParameterSubstitution(def.parameters());
        SourceLocation top = new SourceLocation(def.file(), 0, 0);
        List<Section> sections = new ArrayList<>();
        for (Section sec : def.sections()) {
            List<Block> blocks = sec.blocks().stream().map(s::block).toList();
            sections.add(new Section(s.fill(sec.title(), sec.location()), s.fill(sec.lead(), sec.location()), blocks,
                    sec.location()));
        }
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        def.sourceOptions().forEach((name, opts) -> options.put(name, s.fill(opts, top)));
        ReportDefinition filled = new ReportDefinition(def.file(), s.fill(def.title(), top), s.fill(def.subtitle(), top),
                s.fill(def.summary(), top), s.fill(def.author(), top),
                def.keywords().stream().map(k -> s.fill(k, top)).toList(), def.theme(), def.parameters(), options, sections);
        if (!s.problems.isEmpty()) {
            throw new DossierException(ErrorCode.TEMPLATE_UNKNOWN_PARAMETER, DossierException.Kind.INPUT, s.problems.get(0),
                    s.problems.subList(1, s.problems.size()), null);
        }
        return filled;
    }

    private Block block(Block b) {
        if (b instanceof Block.Text t) {
            return new Block.Text(fill(t.markdown(), t.location()), t.location());
        } else if (b instanceof Block.Kpis k) {
            return new Block.Kpis(k.tiles().stream().map(tile -> new Block.Kpi(binding(tile.data()), tile.value(),
                    fill(tile.label(), tile.data().location()), fill(tile.detail(), tile.data().location()))).toList(),
                    k.location(), k.placeholderOnError());
        } else if (b instanceof Block.Chart c) {
            return new Block.Chart(binding(c.data()), c.type(), c.x(), c.y(), c.series(), fill(c.title(), c.location()),
                    fill(c.subtitle(), c.location()), fill(c.note(), c.location()), c.logScale(), c.topN(), c.height(),
                    fill(c.axis(), c.location()), c.location(), c.placeholderOnError(), c.facet());
        } else if (b instanceof Block.Table t) {
            return new Block.Table(binding(t.data()), t.columns(), fill(t.title(), t.location()),
                    fill(t.subtitle(), t.location()), fill(t.note(), t.location()), t.location(), t.placeholderOnError(),
                    t.decimals());
        }
        return b;
    }

    private DataBinding binding(DataBinding b) {
        return new DataBinding(b.source(), b.dataset(), fill(b.where(), b.location()), b.sort(), b.limit(), b.location(), b.includeLater());
    }

    private Map<String, String> fill(Map<String, String> map, SourceLocation at) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, fill(v, at)));
        return out;
    }

    /** Top-level fields carry only the file: find the line that holds the placeholder. */
    private static SourceLocation located(SourceLocation at, String placeholder) {
        if (at.line() > 0 || at.file() == null) {
            return at;
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(at.file());
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf(placeholder);
                if (col >= 0) {
                    return new SourceLocation(at.file(), i + 1, col + 1);
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // the file was read before; without it the message names the file alone
        }
        return at;
    }

    private String fill(String text, SourceLocation at) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                problems.add(located(at, m.group()) + ": '{" + m.group(1) + "}' names no parameter" + DidYouMean.hint(m.group(1), values.keySet())
                        + "; parameters are " + String.join(", ", values.keySet())
                        + " (declare it under 'parameters:', or write \\{" + m.group(1) + "} for the braces themselves)");
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replace("\\{", "{");
    }
}
