package dev.dossier.api;

import java.util.Objects;

/**
 * An option a provider accepts, such as the path of a user's CSV file or a database password.
 *
 * @param name         option name as written in templates ({@code file}); lower-case
 * @param type         value type; the engine refuses a value that does not parse as this type
 * @param required     whether the option must be given
 * @param defaultValue value used when the option is absent; {@code null} for none
 * @param description  one line for {@code dossier sources}
 * @param secret       whether the value must never be printed or logged (passwords, tokens)
 * @since 0.1
 */
public record OptionDescriptor(String name, OptionType type, boolean required, String defaultValue,
                               String description, boolean secret) {

    public OptionDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }

    /** An optional, non-secret option without a default. */
    public static OptionDescriptor optional(String name, OptionType type, String description) {
        return new OptionDescriptor(name, type, false, null, description, false);
    }
}
