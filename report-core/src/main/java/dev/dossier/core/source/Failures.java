package dev.dossier.core.source;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.api.SourceException;
import dev.dossier.api.UncheckedSourceException;
import dev.dossier.core.error.DossierException;
import java.time.Duration;

/**
 * Turns what a provider throws into a {@link DossierException} naming the provider and dataset.
 *
 * <p>A {@link SourceException} marked {@linkplain SourceException#isBadInput() bad input} is the
 * user's to fix ({@code DOS-SOURCE-INPUT}, exit 2); anything else a provider throws is a failed
 * run ({@code DOS-SOURCE-FAILED}, exit 1). Messages are passed through {@link SecretMask}.
 */
final class Failures {

    static final ErrorCode FAILED = ErrorCode.SOURCE_FAILED;
    static final ErrorCode INPUT = ErrorCode.SOURCE_INPUT;
    static final ErrorCode TIMEOUT = ErrorCode.SOURCE_TIMEOUT;
    static final ErrorCode BAD_ROW = ErrorCode.SOURCE_BAD_ROW;

    private Failures() {
    }

    /** {@code source 'talent'} or {@code source 'talent' dataset 'researcher-origin'}. */
    static String where(LoadedProvider p, String dataset) {
        return "source '" + p.id() + "'" + (dataset == null ? "" : " dataset '" + dataset + "'");
    }

    static DossierException thrown(Throwable t, String where, String step, SecretMask mask) {
        if (t instanceof DossierException d) {
            return d;
        }
        if (t instanceof UncheckedSourceException u) {
            t = u.getCause();
        }
        if (t instanceof SourceException s) {
            String message = prefixed(where, mask.apply(s.getMessage()));
            return s.isBadInput()
                    ? new DossierException(INPUT, DossierException.Kind.INPUT, message, mask.sanitised(s))
                    : DossierException.failure(FAILED, message, mask.sanitised(s));
        }
        String hint = t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException
                ? "; a class the plugin needs is not in its plugins folder: put the library jars it depends on beside"
                  + " its jar (the archetype's target/dossier-plugin/NAME folder has them)"
                : "";
        return DossierException.failure(FAILED, where + ": " + step + " failed: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + mask.apply(t.getMessage())) + hint, mask.sanitised(t));
    }

    /**
     * "where: message", unless the provider's message already starts with the source's name
     * (built-in sources say "source 'csv': …" themselves), or names a file position first.
     */
    private static String prefixed(String where, String message) {
        String head = where.contains(" dataset ") ? where.substring(0, where.indexOf(" dataset ")) : where;
        if (message != null && message.startsWith(head + ": ")) {
            return where + message.substring(head.length());
        }
        return where + ": " + message;
    }

    static DossierException timedOut(String where, String step, Duration timeout) {
        return DossierException.failure(TIMEOUT, where + ": " + step + " did not finish within "
                + format(timeout) + "; the source was abandoned", null);
    }

    static DossierException abandoned(String where) {
        return DossierException.failure(TIMEOUT, where + ": the source was abandoned after an earlier timeout", null);
    }

    /** The fetched dataset's own descriptor differs from the one the provider declared. */
    static DossierException badDescriptor(String where, String problem) {
        return DossierException.failure(BAD_ROW, where + ": the fetched dataset's descriptor differs from the declared one: "
                + problem, null);
    }

    static DossierException badRow(String where, long rowNumber, String problem) {
        return DossierException.failure(BAD_ROW, where + " row " + rowNumber + ": " + problem, null);
    }

    private static String format(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
