package dev.dossier.core.source;

import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.SourceOptions;
import dev.dossier.core.DossierException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Checks a template's options for one provider (interim). */
public final class OptionValidator {

    private OptionValidator() {
    }

    public static SourceOptions validate(LoadedProvider p, Map<String, String> given, Path baseDir) {
        Map<String, String> values = new HashMap<>();
        for (OptionDescriptor d : p.provider().options()) {
            if (d.defaultValue() != null) {
                values.put(d.name(), d.defaultValue());
            }
        }
        for (var e : given.entrySet()) {
            if (p.provider().options().stream().noneMatch(d -> d.name().equals(e.getKey()))) {
                throw DossierException.input("DOS-SOURCE-OPTION", "source '" + p.provider().id() + "' has no option '" + e.getKey() + "'");
            }
            values.put(e.getKey(), e.getValue());
        }
        return new SourceOptions(values, baseDir);
    }
}
