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

    /** Every secret value seen in this process, so output a plugin prints is masked too. */
    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
                if (d.defaultValue() != null && !d.defaultValue().isEmpty()) {
                    values.add(d.defaultValue());
                }
            }
        }
        // longest first, so a secret that contains another is hidden whole
        values.sort(Comparator.comparingInt(String::length).reversed());
        SEEN.addAll(values);
        return new SecretMask(List.copyOf(values));
    }

    /** A mask of every secret seen so far in this process (for text that no one source owns). */
    static SecretMask ofAllSeen() {
        List<String> values = new ArrayList<>(SEEN);
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMask(List.copyOf(values));
    }

    /**
     * The text with every secret replaced by {@value #MASK}. Secrets shorter than four characters
     * are replaced only where they stand as a whole word, so masking "e" does not garble every "e".
     */
    String apply(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String s : secrets) {
            out = s.length() >= 4 ? out.replace(s, MASK)
                    : out.replaceAll("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(s) + "(?![\\p{L}\\p{N}])", MASK);
        }
        return out;
    }

    /** Whether the text holds a secret, so the exception that carries it must not be printed as is. */
    boolean reveals(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !apply(c.getMessage()).equals(c.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exception as a chain safe to print: the same classes, stack traces and masked
     * messages, when any message in the chain holds a secret; otherwise the exception itself.
     */
    Throwable sanitised(Throwable t) {
        if (t == null || !reveals(t)) {
            return t;
        }
        Throwable copy = new MaskedThrowable(t.getClass().getName() + ": " + apply(t.getMessage()), sanitised(t.getCause()));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message held a secret. */
    private static final class MaskedThrowable extends Exception {
        MaskedThrowable(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
