package dev.dossier.api;

/**
 * Version information for the plugin SPI, used in the handshake between the engine and a plugin.
 *
 * <p>A provider reports the API version it was compiled against through
 * {@link DataSourceProvider#apiVersion()}; the engine refuses a provider whose major version
 * differs from {@link #VERSION}, naming the plugin, the version it wants and the version present.
 * Additions to the SPI are made as {@code default} methods, so they do not change the version.
 *
 * @since 0.1
 */
public final class DossierApi {

    /** The SPI major version this {@code report-api} jar implements. */
    public static final int VERSION = 1;

    private DossierApi() {
    }
}
