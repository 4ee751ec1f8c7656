package dev.dossier.cli;

import picocli.CommandLine.Option;

/** How much a command prints: {@code --verbose} adds stack traces and log lines, {@code --quiet} leaves only errors. */
final class Verbosity {

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and per-step progress.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;
}
