package dev.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dossier validate TEMPLATE}: checks template, bindings, theme and data without rendering. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a template, its bindings, its theme and its data; nothing is rendered.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The template YAML file.")
    Path template;

    @Option(names = "--theme", paramLabel = "NAME|FILE", completionCandidates = ThemeNames.class, description = "Theme to check instead of the template's.")
    String theme;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "Override a template parameter (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        int datasets = common.engine().validate(template, parameters, theme);
        if (!common.verbosity.quiet) {
            System.out.println(template + ": valid (" + datasets + (datasets == 1 ? " dataset" : " datasets") + " checked)");
        }
        return 0;
    }
}
