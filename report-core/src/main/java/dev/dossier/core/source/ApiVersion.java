package dev.dossier.core.source;

import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.DossierApi;
import java.lang.reflect.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SPI version {@code MAJOR.MINOR}, as a provider states it and the engine checks it.
 *
 * <p>The rule, like SLF4J's: a provider is compatible when it wants the engine's major version
 * and a minor version no greater than the engine's (minor versions only add), so a plugin built
 * for API 1.0 runs on a 1.3 engine, and one built for 1.3 is refused by a 1.1 engine.
 *
 * @param major incompatible changes
 * @param minor additions only
 * @since 0.3
 */
public record ApiVersion(int major, int minor) {

    /** The version this engine provides: {@link DossierApi#VERSION}. */
    public static final ApiVersion ENGINE = new ApiVersion(DossierApi.MAJOR, DossierApi.MINOR);

    /** The version assumed for plugins built before providers stated one. */
    static final ApiVersion FIRST = new ApiVersion(1, 0);

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    /**
     * Parses {@code MAJOR.MINOR}.
     *
     * @throws IllegalArgumentException when the text is not two dot-separated numbers
     */
    public static ApiVersion parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an API version; expected MAJOR.MINOR such as "
                    + DossierApi.VERSION);
        }
        return new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether a provider built for this version may run on {@code engine}. */
    public boolean runsOn(ApiVersion engine) {
        return major == engine.major && minor <= engine.minor;
    }

    /**
     * The version a provider was built against, read from the provider's own class.
     *
     * <p>Plugins built before API 1.1 lack {@code String apiVersion()} (calling it throws
     * {@link AbstractMethodError}); those that declared the old {@code int apiVersion()} state
     * their major version with it, the others were built for {@linkplain #FIRST 1.0}.
     *
     * @throws IllegalArgumentException when the provider returns text that is not a version
     */
    static ApiVersion of(DataSourceProvider provider) {
        try {
            return parse(provider.apiVersion());
        } catch (AbstractMethodError builtBeforeTheHandshake) {
            return legacyMajor(provider);
        }
    }

    private static ApiVersion legacyMajor(DataSourceProvider provider) {
        for (Class<?> c = provider.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod("apiVersion");
                if (m.getReturnType() == int.class) {
                    m.setAccessible(true);
                    return new ApiVersion((int) m.invoke(provider), 0);
                }
            } catch (NoSuchMethodException e) {
                // not declared here: look in the superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                return FIRST;
            }
        }
        return FIRST;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
