package dev.dossier.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The options given to a provider, already checked against its {@link OptionDescriptor}s.
 *
 * <p>Defaults are filled in and values are known to parse as their declared type, so the
 * typed getters only fail on programming errors (asking for an undeclared option).
 *
 * @since 0.1
 */
public final class SourceOptions {

    private final Map<String, String> values;
    private final Path baseDirectory;

    /**
     * @param values        option values by name, as text
     * @param baseDirectory folder against which relative {@link OptionType#PATH} values resolve
     */
    public SourceOptions(Map<String, String> values, Path baseDirectory) {
        this.values = Map.copyOf(new TreeMap<>(values));
        this.baseDirectory = baseDirectory;
    }

    /** No options, resolving paths against the working folder. */
    public static SourceOptions none() {
        return new SourceOptions(Map.of(), Path.of(""));
    }

    /** The raw text of an option, if given or defaulted. */
    public Optional<String> string(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A path option resolved against the base folder, if given. */
    public Optional<Path> path(String name) {
        return string(name).map(v -> baseDirectory.resolve(v).normalize());
    }

    /** An integer option, if given. */
    public Optional<Long> integer(String name) {
        return string(name).map(String::trim).map(Long::valueOf);
    }

    /** A boolean option; {@code false} when absent. */
    public boolean flag(String name) {
        return string(name).map(v -> Boolean.parseBoolean(v.trim())).orElse(false);
    }

    /** All values by name, for providers that pass options through (never log this: it may hold secrets). */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "SourceOptions" + values.keySet();
    }
}
