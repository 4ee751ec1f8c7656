package dev.dossier.core.theme;

import dev.dossier.core.error.ErrorCode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.dossier.core.text.DidYouMean;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.text.DidYouMean;

import dev.dossier.api.Utf8Reader;
import dev.dossier.core.template.LocatedYaml;
import dev.dossier.core.template.SchemaCheck;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads theme YAML files into {@link Theme}s and finds themes by name.
 *
 * <p>A theme is named either by a file path or by a bare name, looked up as
 * {@code themes/NAME.yaml} next to the template and then in the themes folders given to the
 * constructor. Errors name the file, line and column and the expected form
 * ({@code DOS-THEME-INVALID}, {@code DOS-THEME-NOT-FOUND}, exit code 2).
 */
public final class ThemeLoader {

    /** The theme used when a template names none. */
    public static final String DEFAULT_THEME = "dossier";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());

    /** The named colours a theme may set. */
    static final List<String> COLOR_KEYS = List.of("primary", "text", "muted", "rule", "tableHeader", "zebra",
            "coverBand", "coverText");

    private final List<Path> themeFolders;

    /** @param themeFolders folders searched for {@code NAME.yaml} when a theme is given by name */
    public ThemeLoader(List<Path> themeFolders) {
        this.themeFolders = List.copyOf(themeFolders);
    }

    /**
     * Resolves and loads a theme.
     *
     * @param nameOrPath   a theme name ({@code dossier}) or a path to a YAML file; null for the default
     * @param templateDir  the template's folder, against which a relative path resolves
     */
    public Theme load(String nameOrPath, Path templateDir) {
        return read(resolve(nameOrPath == null ? DEFAULT_THEME : nameOrPath, templateDir));
    }

    /**
     * The file a theme name or path stands for, as {@link #load} finds it.
     *
     * @throws DossierException INPUT {@code DOS-THEME-NOT-FOUND} listing where it looked, the themes
     *                          there are and the nearest name
     */
    public Path resolve(String nameOrPath, Path templateDir) {
        boolean looksLikePath = nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/")
                || nameOrPath.contains(".") && (Files.isRegularFile(templateDir.resolve(nameOrPath))
                || Files.isRegularFile(Path.of(nameOrPath)));
        List<Path> tried = new ArrayList<>();
        if (looksLikePath) {
            Path p = templateDir.resolve(nameOrPath).normalize();
            tried.add(p);
            if (Files.isRegularFile(p)) {
                return p;
            }
            Path cwd = Path.of(nameOrPath).toAbsolutePath().normalize();
            tried.add(cwd);
            if (Files.isRegularFile(cwd)) {
                return cwd;
            }
        } else {
            List<Path> folders = new ArrayList<>();
            folders.add(templateDir.resolve("themes"));
            folders.addAll(themeFolders);
            for (Path folder : folders) {
                Path p = folder.resolve(nameOrPath + ".yaml").toAbsolutePath().normalize();
                tried.add(p);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        String known = "";
        if (!looksLikePath) {
            List<String> names = List.copyOf(available(templateDir).keySet());
            known = DidYouMean.hint(nameOrPath, names)
                    + (names.isEmpty() ? "; there are no themes" : "; themes there are: " + String.join(", ", names));
        }
        throw DossierException.input(ErrorCode.THEME_NOT_FOUND, "theme '" + nameOrPath + "' not found" + known + "; looked for "
                + String.join(", ", tried.stream().map(Path::toString).distinct().toList()));
    }

    /**
     * The themes that can be named without a path, by name, each with its file: {@code themes/*.yaml}
     * next to the template, then the themes folders; a name found twice is the first one's, as
     * {@link #load} would pick it.
     *
     * @param templateDir the template's folder; null to search the themes folders only
     * @return names in search order, then alphabetical within a folder; empty when no folder holds a theme
     */
    public Map<String, Path> available(Path templateDir) {
        List<Path> folders = new ArrayList<>();
        if (templateDir != null) {
            folders.add(templateDir.resolve("themes"));
        }
        folders.addAll(themeFolders);
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f)).sorted()
                        .forEach(f -> found.putIfAbsent(f.getFileName().toString().replaceFirst("\\.yaml$", ""),
                                f.toAbsolutePath().normalize()));
            } catch (IOException e) {
                // an unreadable folder offers no themes; loading a theme from it reports the reason
            }
        }
        return found;
    }

    /** Reads one theme file. */
    public Theme read(Path file) {
        LocatedYaml doc;
        try {
            doc = LocatedYaml.parse(file, LocatedYaml.readUtf8(file));
        } catch (Utf8Reader.NotUtf8Exception e) {
            throw DossierException.input(ErrorCode.FILE_ENCODING, file + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.THEME_INVALID, file + ": cannot be read (" + e.getMessage() + ")");
        } catch (DossierException e) {
            // the same YAML reader as templates, so the same located syntax messages, under the theme's code
            throw new DossierException(ErrorCode.THEME_INVALID, e.kind(), e.getMessage(), e.details(), e);
        }
        ThemeFile raw;
        try {
            raw = YAML.treeToValue(doc.root(), ThemeFile.class);
        } catch (JsonMappingException e) {
            throw DossierException.input(ErrorCode.THEME_INVALID, doc.locationOf(pointer(e)) + ": " + describe(e));
        } catch (JsonProcessingException e) {
            throw DossierException.input(ErrorCode.THEME_INVALID, file + ": " + e.getOriginalMessage());
        }
        Theme theme = raw.toTheme(file);
        List<String> schema = SchemaCheck.themes().problems(doc);
        if (!schema.isEmpty()) {
            // the checks above give the plainer message first; the schema catches what they let through
            throw new DossierException(ErrorCode.THEME_INVALID, DossierException.Kind.INPUT, schema.get(0),
                    schema.subList(1, schema.size()), null);
        }
        return theme;
    }

    /** The JSON pointer of the value a mapping error is about, e.g. {@code /fonts/regular}. */
    private static String pointer(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            p.append('/').append(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
        }
        return p.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "a theme is a mapping of keys such as name, brand, colors, palette, fonts, header and footer";
        }
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            return "unknown key '" + u.getPropertyName() + "'" + DidYouMean.hint(u.getPropertyName(), known)
                    + "; expected one of " + String.join(", ", known);
        }
        String what = e.getOriginalMessage().split("\n")[0];
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            what = "expected " + expected(m.getTargetType()) + " here";
        }
        return path + ": " + what;
    }

    /** A Java type as a theme's author knows it. */
    private static String expected(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "text";
    }

    /** Parses {@code #RRGGBB}; throws a theme error naming the key otherwise. */
    static Color color(Path file, String key, String value, String fallback) {
        String v = value == null ? fallback : value.trim();
        if (v == null || !v.matches("#[0-9a-fA-F]{6}")) {
            throw DossierException.input(ErrorCode.THEME_INVALID, file + ": " + key + ": '" + value
                    + "' is not a colour; expected #RRGGBB, e.g. #12355B");
        }
        return new Color(Integer.parseInt(v.substring(1), 16));
    }

    /** The YAML shape of a theme file; converted and checked by {@link #toTheme(Path)}. */
    record ThemeFile(String name, String brand, Map<String, String> colors, List<String> palette,
                     HighlightFile highlight, Map<String, String> entityColors, FontsFile fonts, String logo,
                     Theme.Running header, Theme.Running footer, CoverFile cover,
                     String sectionBreak, String estimateMark) {

        Theme toTheme(Path file) {
            Map<String, String> c = colors == null ? Map.of() : colors;
            for (String key : c.keySet()) {
                if (!COLOR_KEYS.contains(key)) {
                    throw DossierException.input(ErrorCode.THEME_INVALID, file + ": colors: unknown colour '" + key
                            + "'; expected primary, text, muted, rule, tableHeader, zebra, coverBand, coverText");
                }
            }
            Theme.Colors named = new Theme.Colors(
                    color(file, "colors.primary", c.get("primary"), "#12355B"),
                    color(file, "colors.text", c.get("text"), "#1F2933"),
                    color(file, "colors.muted", c.get("muted"), "#6B7785"),
                    color(file, "colors.rule", c.get("rule"), "#C9D1DA"),
                    color(file, "colors.tableHeader", c.get("tableHeader"), "#E9EEF4"),
                    color(file, "colors.zebra", c.get("zebra"), "#F6F8FA"),
                    color(file, "colors.coverBand", c.get("coverBand"), c.getOrDefault("primary", "#12355B")),
                    color(file, "colors.coverText", c.get("coverText"), "#FFFFFF"));
            List<Color> pal = new ArrayList<>();
            for (int i = 0; palette != null && i < palette.size(); i++) {
                pal.add(color(file, "palette[" + i + "]", palette.get(i), null));
            }
            if (pal.isEmpty()) {
                pal.add(named.primary());
            }
            Map<String, Color> entities = new LinkedHashMap<>();
            if (entityColors != null) {
                entityColors.forEach((k, v) -> entities.put(k, color(file, "entityColors." + k, v, null)));
            }
            HighlightFile h = highlight == null ? new HighlightFile(null, List.of()) : highlight;
            FontsFile f = fonts == null ? new FontsFile(null, null, null, null, null) : fonts;
            String style = cover == null || cover.style() == null ? "band" : cover.style();
            if (!style.equals("band") && !style.equals("plain")) {
                throw DossierException.input(ErrorCode.THEME_INVALID, file + ": cover.style: '" + style
                        + "' is not a cover style; expected band or plain");
            }
            String breaks = sectionBreak == null ? "flow" : sectionBreak;
            if (!breaks.equals("flow") && !breaks.equals("page")) {
                throw DossierException.input(ErrorCode.THEME_INVALID, file + ": sectionBreak: '" + breaks
                        + "' is not a section break; expected flow or page");
            }
            dev.dossier.core.format.EstimateMark mark;
            try {
                mark = dev.dossier.core.format.EstimateMark.of(estimateMark);
            } catch (IllegalArgumentException e) {
                throw DossierException.input(ErrorCode.THEME_INVALID, file + ": estimateMark: " + e.getMessage());
            }
            Path base = file.toAbsolutePath().getParent();
            return new Theme(name == null ? file.getFileName().toString().replaceFirst("\\.ya?ml$", "") : name,
                    brand == null ? "" : brand, named, List.copyOf(pal),
                    color(file, "highlight.color", h.color(), "#C8102E"),
                    new LinkedHashSet<>(h.entities() == null ? List.of() : h.entities()), entities,
                    new Theme.FontFiles(
                            f.regular() == null ? "classpath:liberation/LiberationSans-Regular.ttf" : f.regular(),
                            f.bold() == null ? "classpath:liberation/LiberationSans-Bold.ttf" : f.bold(),
                            f.italic() == null ? "classpath:liberation/LiberationSans-Italic.ttf" : f.italic(),
                            f.fallbacks() == null ? List.of() : List.copyOf(f.fallbacks()),
                            f.bodySize() == null ? 10f : f.bodySize()),
                    logo == null ? null : base.resolve(logo),
                    header == null ? new Theme.Running("{brand}", "{title}") : header,
                    footer == null ? new Theme.Running("{edition}", "Page {page} of {pages}") : footer,
                    style, breaks, base, mark);
        }
    }

    record HighlightFile(String color, List<String> entities) {
    }

    record FontsFile(String regular, String bold, String italic, List<String> fallbacks, Float bodySize) {
    }

    record CoverFile(String style) {
    }
}
