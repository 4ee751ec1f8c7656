package dev.dossier.core.source;

import dev.dossier.core.text.DidYouMean;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.error.DossierException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a template's options for one provider against its {@link OptionDescriptor}s, before any data is fetched.
 *
 * <p>Every problem is found in one pass: the exception's message is the first and its
 * {@link DossierException#details()} lists the others, one line each, e.g.
 * {@code source 'csv': unknown option 'fiel' (did you mean 'file'?)}. Values of
 * {@linkplain OptionDescriptor#secret() secret} options never appear in a message. Values may
 * refer to the environment ({@code ${env:API_TOKEN}}) or the secrets file
 * ({@code ${secret:api-token}}, see {@link OptionReferences}), which keeps secrets out of templates.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class OptionValidator {

    static final ErrorCode CODE = ErrorCode.SOURCE_OPTION;

    private OptionValidator() {
    }

    /**
     * Validates the given options and fills in defaults.
     *
     * @param provider the provider the options are for
     * @param given    option values by name, as written in the template; {@code null} values count as absent
     * @param baseDir  folder against which relative {@code PATH} options resolve (the template's folder)
     * @return the options with defaults filled in; each value parses as its declared type
     * @throws DossierException INPUT {@code DOS-SOURCE-OPTION} naming the provider and option when an option is
     *                          unknown (with a did-you-mean suggestion), a required one is missing, or a
     *                          value does not parse as the option's type
     */
    public static SourceOptions validate(LoadedProvider provider, Map<String, String> given, Path baseDir) {
        return validate(provider, given, baseDir, OptionReferences.ofProcess());
    }

    /**
     * The names of {@code provider}'s secret options that {@code given} spells out instead of
     * referring to the environment or the secrets file: each deserves a warning, as templates get committed.
     */
    public static List<String> literalSecrets(LoadedProvider provider, Map<String, String> given) {
        List<String> literal = new ArrayList<>();
        declared(provider).values().stream().filter(OptionDescriptor::secret).forEach(d -> {
            String value = given == null ? null : given.get(d.name());
            if (value != null && !value.isEmpty() && !OptionReferences.isReference(value)) {
                literal.add(d.name());
            }
        });
        return literal;
    }

    /** As {@link #validate(LoadedProvider, Map, Path)}, resolving {@code ${env:…}} and {@code ${secret:…}} with {@code references}. */
    static SourceOptions validate(LoadedProvider provider, Map<String, String> given, Path baseDir, OptionReferences references) {
        String id = provider.id();
        Map<String, OptionDescriptor> declared = declared(provider);
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();

        for (Map.Entry<String, String> e : new TreeMap<>(given == null ? Map.<String, String>of() : given).entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            OptionDescriptor d = declared.get(e.getKey());
            if (d == null) {
                problems.add("source '" + id + "': unknown option '" + e.getKey() + "'"
                        + DidYouMean.hint(e.getKey(), declared.keySet()) + "; known options: " + known(declared));
                continue;
            }
            String where = "source '" + id + "' option '" + d.name() + "'";
            String value;
            try {
                value = references.resolve(e.getValue(), where);
            } catch (DossierException unresolved) {
                problems.add(unresolved.getMessage());
                continue;
            }
            String problem = typeProblem(d, value);
            if (problem != null) {
                problems.add(where + ": " + problem);
            } else {
                values.put(d.name(), value);
            }
        }
        for (OptionDescriptor d : declared.values()) {
            boolean present = given != null && given.get(d.name()) != null;
            if (!present && d.defaultValue() != null) {
                values.put(d.name(), d.defaultValue());
            } else if (!present && d.required()) {
                problems.add("source '" + id + "': missing required option '" + d.name() + "' (" + d.type().id()
                        + (d.description().isBlank() ? "" : ": " + d.description()) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new DossierException(CODE, DossierException.Kind.INPUT, problems.get(0), problems.subList(1, problems.size()), null);
        }
        return new SourceOptions(values, baseDir == null ? Path.of("") : baseDir);
    }

    private static Map<String, OptionDescriptor> declared(LoadedProvider provider) {
        Map<String, OptionDescriptor> byName = new LinkedHashMap<>();
        List<OptionDescriptor> options = provider.provider().options();
        for (OptionDescriptor d : options == null ? List.<OptionDescriptor>of() : options) {
            byName.put(d.name(), d);
        }
        return byName;
    }

    /** What is wrong with the value, or {@code null} when it parses; never quotes a secret value. */
    private static String typeProblem(OptionDescriptor d, String value) {
        String shown = d.secret() ? "the given value (hidden: secret option)" : "'" + value + "'";
        String v = value.trim();
        return switch (d.type()) {
            case STRING -> null;
            case INTEGER -> isLong(v) ? null : shown + " is not an integer; expected a whole number such as 30";
            case BOOLEAN -> {
                String b = v.toLowerCase(Locale.ROOT);
                yield b.equals("true") || b.equals("false") ? null : shown + " is not a boolean; expected true or false";
            }
            case PATH -> isPath(v) ? null : shown + " is not a valid path";
        };
    }

    private static boolean isLong(String v) {
        try {
            Long.parseLong(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isPath(String v) {
        if (v.isEmpty()) {
            return false;
        }
        try {
            Path.of(v);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String known(Map<String, OptionDescriptor> declared) {
        return declared.isEmpty() ? "none" : String.join(", ", declared.keySet());
    }
}
