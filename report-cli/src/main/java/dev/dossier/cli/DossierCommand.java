package dev.dossier.cli;

import dev.dossier.core.source.PluginExitGuard;
import dev.dossier.core.source.PluginStdout;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command: generates PDF briefings from templates and plugin data sources.
 *
 * <p>Exit codes: 0 done; 1 a run failed (a source broke, I/O); 2 the input was wrong (usage,
 * template, data). Errors print as {@code CODE: message} with a pointer into
 * {@code docs/errors.md}; {@code --verbose} adds the stack trace.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns data from pluggable sources into charted, branded PDF briefings.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, SourcesCommand.class, RowsCommand.class, PreviewCommand.class,
                InspectCommand.class, DiffCommand.class, ScheduleCommand.class, SchedulerCommand.class, ThemesCommand.class,
                ParamsCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class})
public final class DossierCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: generate, validate or sources");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // plugins are trusted code in this JVM; these only make their escapes visible (docs/plugins.md, "What a plugin may do")
        PluginExitGuard.install(System.err);
        PluginStdout.install();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DossierCommand());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler(ErrorReporter::usage);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
