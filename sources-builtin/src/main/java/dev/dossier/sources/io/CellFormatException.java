package dev.dossier.sources.io;

/**
 * A cell's text does not parse as its column's type.
 *
 * <p>The message says what was found and what was expected, without a location
 * (e.g. {@code "'n/a' is not a decimal"}); readers prefix it with {@code file:line:column}.
 *
 * @since 0.1
 */
public class CellFormatException extends Exception {

    public CellFormatException(String message) {
        super(message);
    }
}
