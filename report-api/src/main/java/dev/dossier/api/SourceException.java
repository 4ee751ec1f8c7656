package dev.dossier.api;

/**
 * A data source could not deliver a dataset.
 *
 * <p>{@link #isBadInput()} separates the user's mistakes (a malformed CSV value, a missing
 * file, a wrong option: exit code 2) from failures of the source itself (a database down, a
 * provider bug: exit code 1). Messages name the file, line and column, or the option, and
 * say what was expected.
 *
 * @since 0.1
 */
public class SourceException extends Exception {

    private final boolean badInput;

    /** A failure of the source itself. */
    public SourceException(String message, Throwable cause) {
        super(message, cause);
        this.badInput = false;
    }

    /** A failure of the source itself. */
    public SourceException(String message) {
        this(message, null);
    }

    private SourceException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    /**
     * The user's input is at fault, e.g. {@code "data/companies.csv:118:4: 'n/a' is not a decimal (column 'valuation')"}.
     */
    public static SourceException badInput(String message, Throwable cause) {
        return new SourceException(message, cause, true);
    }

    /** The user's input is at fault. */
    public static SourceException badInput(String message) {
        return badInput(message, null);
    }

    /** Whether the user's input (file, option, query) caused this, rather than the source failing. */
    public boolean isBadInput() {
        return badInput;
    }
}
