package dev.dossier.core.source;

import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.SourceOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hides the values of a provider's secret options in text the engine prints.
 *
 * <p>A provider may quote a password in its own exception message (a JDBC URL, say); the
 * engine passes such messages on only after masking.
 */
final class SecretMask {

    static final String MASK = "****";

    private final List<String> secrets;

    private SecretMask(List<String> secrets) {
        this.secrets = secrets;
    }

    static SecretMask of(LoadedProvider provider, SourceOptions options) {
        List<String> values = new ArrayList<>();
        List<OptionDescriptor> declared = provider.provider().options();
        for (OptionDescriptor d : declared == null ? List.<OptionDescriptor>of() : declared) {
            if (d.secret()) {
                options.string(d.name()).filter(v -> !v.isEmpty()).ifPresent(values::add);
            }
        }
        // longest first, so a secret that contains another is hidden whole
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMask(List.copyOf(values));
    }

    String apply(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return out;
    }
}
