package dev.dossier.core.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A loaded, structurally valid template: metadata, theme, parameters, source options and sections.
 *
 * <p>Produced by {@link TemplateLoader}; the bindings are checked against the providers by
 * {@link TemplateValidator} before any data is fetched.
 *
 * @param file          the template file; relative paths (theme, data files) resolve against its folder
 * @param title         report title (cover, running header, PDF metadata)
 * @param subtitle      cover subtitle; may be empty
 * @param summary       one-line summary on the cover; may be empty
 * @param author        author in the PDF metadata; may be empty
 * @param keywords      keywords in the PDF metadata
 * @param theme         theme name or path as written; null for the default theme
 * @param parameters    report parameters ({@code edition}, {@code locale}, …), overridable with {@code -p}
 * @param sourceOptions per source name, the options to open it with; a name that is not a
 *                      provider id names its provider with the {@code provider} key (so two
 *                      {@code csv} sources can read two files)
 * @param sections      the sections in order; never empty
 */
public record ReportDefinition(Path file, String title, String subtitle, String summary, String author,
                               List<String> keywords, String theme, Map<String, String> parameters,
                               Map<String, Map<String, String>> sourceOptions, List<Section> sections) {

    public ReportDefinition {
        subtitle = subtitle == null ? "" : subtitle;
        summary = summary == null ? "" : summary;
        author = author == null ? "" : author;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        sourceOptions = sourceOptions == null ? Map.of() : Map.copyOf(sourceOptions);
        sections = List.copyOf(sections);
    }

    /** The key under {@code sources:} that names the provider of a named source. */
    public static final String PROVIDER_KEY = "provider";

    /** The provider id behind a source name: its {@code provider} option, else the name itself. */
    public String providerId(String sourceName) {
        return sourceOptions.getOrDefault(sourceName, Map.of()).getOrDefault(PROVIDER_KEY, sourceName);
    }

    /** The options for a source name, without the {@code provider} key. */
    public Map<String, String> optionsFor(String sourceName) {
        Map<String, String> options = new java.util.LinkedHashMap<>(sourceOptions.getOrDefault(sourceName, Map.of()));
        options.remove(PROVIDER_KEY);
        return options;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The folder relative paths resolve against. */
    public Path baseDirectory() {
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** Every block of every section, in order. */
    public Stream<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream());
    }

    /**
     * A copy with parameters overridden by {@code overrides} (command-line {@code -p KEY=VALUE}).
     *
     * <p>The prose keeps its language when only the number locale is overridden: a template that
     * gives no {@code language} is taken to be written in the {@code locale} it declares (US English
     * when it declares none), and that language is pinned before {@code -p locale=} replaces the locale.
     */
    public ReportDefinition withParameters(Map<String, String> overrides) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(parameters);
        if (overrides.containsKey("locale") && !overrides.containsKey("language") && isBlank(parameters.get("language"))) {
            merged.put("language", isBlank(parameters.get("locale")) ? "en-US" : parameters.get("locale"));
        }
        merged.putAll(overrides);
        return new ReportDefinition(file, title, subtitle, summary, author, keywords, theme, merged,
                sourceOptions, sections);
    }
}
