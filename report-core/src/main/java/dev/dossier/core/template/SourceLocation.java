package dev.dossier.core.template;

import java.nio.file.Path;

/**
 * A position in a template file, printed first in error messages ({@code file:line:column}).
 *
 * @param file   the template file; may be null for templates built in code
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(Path file, int line, int column) {

    /** A location for templates that do not come from a file. */
    public static final SourceLocation UNKNOWN = new SourceLocation(null, 0, 0);

    @Override
    public String toString() {
        String name = file == null ? "<template>" : file.toString();
        return line > 0 ? name + ":" + line + ":" + column : name;
    }
}
