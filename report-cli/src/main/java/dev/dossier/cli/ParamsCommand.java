package dev.dossier.cli;

import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.ReportParameters;
import dev.dossier.core.template.TemplateLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dossier params TEMPLATE}: the parameters a template takes ({@code -p KEY=VALUE}), each with
 * its default, then the standard ones every template understands.
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "List the parameters a template takes (set with generate -p KEY=VALUE) and their defaults.")
final class ParamsCommand implements Callable<Integer> {

    /** What each standard parameter does, and what applies when it is not set. */
    private static final Map<String, String[]> STANDARD = Map.of(
            "edition", new String[] {"(none)", "the edition, printed on the cover and in the running header or footer"},
            "classification", new String[] {"(none)", "a marking such as 'internal', for the running footer"},
            "locale", new String[] {"en-US", "how numbers are written and dates shaped (BCP 47: de-DE, zh-CN, …)"},
            "language", new String[] {"the locale", "the language of the prose, the PDF's /Lang, month names (BCP 47); -p locale= leaves it"},
            "date", new String[] {"today", "the date on the cover, YYYY-MM-DD"});

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The template YAML file.")
    Path template;

    @Override
    public Integer call() {
        ReportDefinition def = new TemplateLoader().load(template);
        Map<String, String> declared = def.parameters();
        System.out.println("Parameters of " + template + ":");
        long own = declared.keySet().stream().filter(k -> !ReportParameters.STANDARD.contains(k)).count();
        if (own == 0) {
            System.out.println("  (none of its own)");
        }
        declared.forEach((name, value) -> {
            if (!ReportParameters.STANDARD.contains(name)) {
                System.out.printf("  %-16s %s%n", name, value);
            }
        });
        System.out.println("Standard parameters (every template):");
        for (String name : ReportParameters.STANDARD) {
            String[] about = STANDARD.get(name);
            String value = declared.containsKey(name) ? declared.get(name) : about[0];
            System.out.printf("  %-16s %-12s %s%n", name, value, about[1]);
        }
        return 0;
    }
}
