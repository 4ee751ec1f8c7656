package dev.dossier.api;

/**
 * The type of a provider option's value, checked before a source is opened.
 *
 * @since 0.1
 */
public enum OptionType {
    /** Any text. */
    STRING,
    /** A whole number, e.g. {@code 30}. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A file or folder, relative to the template's folder unless absolute. */
    PATH;

    /** The lower-case name used in listings, e.g. {@code "path"}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
