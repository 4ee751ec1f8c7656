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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dossier sources [--json]}: lists every provider, its datasets, their columns and its options. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the data sources (built-in and plugins), their datasets, columns and options.")
final class SourcesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ProviderRegistry registry = common.registry();
        if (json) {
            List<Object> out = new ArrayList<>();
            registry.providers().forEach(p -> out.add(asMap(p)));
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
            return 0;
        }
        for (LoadedProvider lp : registry.providers()) {
            var p = lp.provider();
            System.out.printf("%s %s  (%s)%n", p.id(), lp.version(), lp.origin());
            if (!p.description().isEmpty()) {
                System.out.println("  " + p.description());
            }
            for (DatasetDescriptor d : p.datasets()) {
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

    private static Map<String, Object> asMap(LoadedProvider lp) {
        var p = lp.provider();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", lp.version());
        m.put("origin", lp.origin());
        m.put("description", p.description());
        List<Object> datasets = new ArrayList<>();
        for (DatasetDescriptor d : p.datasets()) {
            List<Object> cols = new ArrayList<>();
            for (Column c : d.columns()) {
                cols.add(Map.of("name", c.name(), "type", c.type().id(), "unit", c.unit(), "label", c.label(),
                        "required", c.required()));
            }
            datasets.add(Map.of("name", d.name(), "description", d.description(), "columns", cols));
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
