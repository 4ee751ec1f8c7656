package dev.dossier.api;

/**
 * The version of the plugin SPI, used in the handshake between the engine and a plugin.
 *
 * <p>A version is {@code MAJOR.MINOR}. A minor release only adds (new {@code default} methods,
 * new types); a major release may remove or change. The engine accepts a provider whose
 * {@link DataSourceProvider#apiVersion()} has the engine's major version and a minor version
 * no greater than the engine's, and refuses any other at load time, naming the plugin, the
 * version it wants and the version present.
 *
 * <p>{@link #VERSION} is a compile-time constant on purpose: a provider that returns it from
 * {@code apiVersion()} gets the value copied into its own class file by the compiler, so the
 * plugin jar records the API it was built against, whatever {@code report-api} the engine runs.
 *
 * @since 0.1
 */
public final class DossierApi {

    /** The SPI major version this {@code report-api} implements. */
    public static final int MAJOR = 1;

    /** The SPI minor version this {@code report-api} implements. */
    public static final int MINOR = 1;

    /** {@code MAJOR.MINOR}, e.g. {@code "1.1"}; return it from {@link DataSourceProvider#apiVersion()}. */
    public static final String VERSION = MAJOR + "." + MINOR;

    private DossierApi() {
    }
}
