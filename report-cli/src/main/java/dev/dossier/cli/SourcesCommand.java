package dev.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dossier.api.Column;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.ProviderRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dossier sources [NAME] [--json]}: lists every provider, its datasets, their columns and
 * its options; with a name, that one provider in detail (origin, API version, column labels).
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the data sources (built-in and plugins), their datasets, columns and options; "
                + "with NAME, one source in detail.")
final class SourcesCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "One source to describe in detail.")
    String name;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ProviderRegistry registry = common.registry();
        List<LoadedProvider> shown = name == null ? registry.providers() : List.of(Sources.find(registry, name));
        if (json) {
            List<Object> out = new ArrayList<>();
            shown.forEach(p -> out.add(asMap(p)));
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(mapper.writeValueAsString(name == null ? out : out.get(0)));
            return 0;
        }
        if (name != null) {
            detail(shown.get(0));
            return 0;
        }
        for (LoadedProvider lp : shown) {
            var p = lp.provider();
            System.out.printf("%s %s  (%s)%n", p.id(), lp.version(), lp.origin());
            if (!p.description().isEmpty()) {
                System.out.println("  " + p.description());
            }
            for (DatasetDescriptor d : lp.datasets()) {
                System.out.printf("  %s/%s — %s%n", p.id(), d.name(), d.description());
                for (Column c : d.columns()) {
                    System.out.printf("      %-24s %-8s %s%n", c.name(), c.type().id(), c.unit());
                }
            }
            for (OptionDescriptor o : p.options()) {
                System.out.printf("  option %s (%s%s%s%s): %s%n", o.name(), o.type().id(), o.required() ? ", required" : "",
                        o.secret() ? ", secret" : "",
                        o.defaultValue() != null && !o.defaultValue().isEmpty() && !o.secret() ? ", default " + o.defaultValue() : "", o.description());
            }
            System.out.println();
        }
        return 0;
    }

    private static void detail(LoadedProvider lp) {
        var p = lp.provider();
        System.out.printf("%s %s%n", p.id(), lp.version());
        System.out.printf("  from        %s%n", lp.origin());
        System.out.printf("  built for   Dossier API %s%n", lp.api());
        System.out.printf("  class       %s%n", p.getClass().getName());
        if (!p.description().isEmpty()) {
            System.out.printf("  description %s%n", p.description());
        }
        for (DatasetDescriptor d : lp.datasets()) {
            System.out.printf("%n  dataset %s/%s%n    %s%n", p.id(), d.name(), d.description());
            System.out.printf("    %-24s %-8s %-10s %-20s %s%n", "column", "type", "required", "unit", "label");
            for (Column c : d.columns()) {
                System.out.printf("    %-24s %-8s %-10s %-20s %s%n", c.name(), c.type().id(), c.required() ? "yes" : "no",
                        c.unit(), c.label());
            }
        }
        if (!p.options().isEmpty()) {
            System.out.printf("%n  options%n");
        }
        for (OptionDescriptor o : p.options()) {
            System.out.printf("    %-20s %-8s%s%s%s%n      %s%n", o.name(), o.type().id(), o.required() ? "  required" : "",
                    o.secret() ? "  secret (give it as ${env:NAME})" : "",
                    o.defaultValue() != null && !o.secret() ? "  default " + o.defaultValue() : "", o.description());
        }
    }

    private static Map<String, Object> asMap(LoadedProvider lp) {
        var p = lp.provider();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", lp.version());
        m.put("origin", lp.origin());
        m.put("api", lp.api().toString());
        m.put("description", p.description());
        List<Object> datasets = new ArrayList<>();
        for (DatasetDescriptor d : lp.datasets()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("name", d.name());
            dm.put("description", d.description());
            dm.put("columns", JsonShapes.columns(d));
            datasets.add(dm);
        }
        m.put("datasets", datasets);
        List<Object> options = new ArrayList<>();
        for (OptionDescriptor o : p.options()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("name", o.name());
            om.put("type", o.type().id());
            om.put("required", o.required());
            om.put("default", o.secret() ? null : o.defaultValue());
            om.put("description", o.description());
            om.put("secret", o.secret());
            options.add(om);
        }
        m.put("options", options);
        return m;
    }
}
