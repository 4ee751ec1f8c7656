package dev.dossier.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code dossier completion bash|zsh}: prints a shell completion script (picocli's
 * {@link AutoComplete}) for commands, options, theme names and permission names.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for commands, options, theme names and permissions.",
                "bash: source <(dossier completion bash)   zsh: source <(dossier completion zsh)"})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        // one script serves both shells: under zsh it loads zsh's bash completion emulation itself
        String script = AutoComplete.bash("dossier", root).stripTrailing();
        // the launcher in a checkout is run as ./dossier; complete that spelling too
        System.out.println(script + "\ncomplete -F _complete_dossier -o default ./dossier");
        return 0;
    }
}
