package dev.dossier.api;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a provider receives when a report run opens it.
 *
 * @param options       validated options for this provider
 * @param parameters    report parameters ({@code edition}, {@code locale}, user {@code -p} values)
 * @param locale        the report locale, in which the report prints numbers and dates (a source
 *                      reading files should take their number format from its own options)
 * @param baseDirectory the template's folder, against which relative paths resolve
 * @since 0.1
 */
public record SourceContext(SourceOptions options, Map<String, String> parameters, Locale locale, Path baseDirectory) {

    public SourceContext {
        options = options == null ? SourceOptions.none() : options;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        locale = locale == null ? Locale.US : locale;
        baseDirectory = baseDirectory == null ? Path.of("") : baseDirectory;
    }

    /** A context with only options, in US English, relative to the working folder; handy in tests. */
    public static SourceContext of(SourceOptions options) {
        return new SourceContext(options, Map.of(), Locale.US, Path.of(""));
    }
}
