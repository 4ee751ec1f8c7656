package dev.dossier.cli;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns exceptions into one-line messages and exit codes: {@link DossierException}s print their
 * code, message, further problems and a pointer to the explanation; anything else is a failed run.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        if (ex instanceof DossierException d) {
            err.println(d.code() + ": " + d.getMessage());
            d.details().forEach(line -> err.println(d.code() + ": " + line));
            err.println("  see docs/errors.md#" + d.errorCode().anchor());
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return d.exitCode();
        }
        err.println(ErrorCode.INTERNAL + ": " + ex + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /**
     * A command-line mistake (unknown option or subcommand, missing argument): {@code DOS-USAGE}
     * with picocli's explanation and its suggestions, then where to find help; exit code 2.
     */
    static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(ErrorCode.USAGE + ": " + ex.getMessage().replace("option option", "option"));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("  see '" + cl.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return 2;
    }
}
