package dev.dossier.core.error;

import java.util.List;

/**
 * A report run could not be completed; carries a stable error code and whether the user's
 * input or the run itself is at fault.
 *
 * <p>The code (an {@link ErrorCode}, printed e.g. {@code DOS-TEMPLATE-UNKNOWN-SOURCE}) has a section in {@code docs/errors.md};
 * the command line prints {@code CODE: message} and exits {@code 2} for {@link Kind#INPUT},
 * {@code 1} for {@link Kind#FAILURE}. Messages start with the file, line and column or JSON
 * path where there is one, say what was found and what was expected.
 */
public class DossierException extends RuntimeException {

    /** Who is at fault. */
    public enum Kind {
        /** The template, theme, data file, option or command line is wrong: exit code 2. */
        INPUT,
        /** A source, the file system or the renderer failed: exit code 1. */
        FAILURE
    }

    private final ErrorCode code;
    private final Kind kind;
    private final List<String> details;

    public DossierException(ErrorCode code, Kind kind, String message, Throwable cause) {
        this(code, kind, message, List.of(), cause);
    }

    /**
     * @param details further problems of the same run, one line each (a template with several mistakes)
     */
    public DossierException(ErrorCode code, Kind kind, String message, List<String> details, Throwable cause) {
        super(message, cause);
        java.util.Objects.requireNonNull(code, "code");
        this.code = code;
        this.kind = kind;
        this.details = List.copyOf(details);
    }

    /** A mistake in the user's input (exit code 2). */
    public static DossierException input(ErrorCode code, String message) {
        return new DossierException(code, Kind.INPUT, message, null);
    }

    /** A failure of the run (exit code 1). */
    public static DossierException failure(ErrorCode code, String message, Throwable cause) {
        return new DossierException(code, Kind.FAILURE, message, cause);
    }

    /** Stable code such as {@code DOS-TEMPLATE-UNKNOWN-SOURCE}. */
    public String code() {
        return code.code();
    }

    /** The code as a catalogue entry. */
    public ErrorCode errorCode() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** Further problems, one line each; empty when the message says it all. */
    public List<String> details() {
        return details;
    }

    /** The process exit code for this error: 2 for input, 1 for failure. */
    public int exitCode() {
        return kind == Kind.INPUT ? 2 : 1;
    }
}
