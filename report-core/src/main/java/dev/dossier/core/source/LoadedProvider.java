package dev.dossier.core.source;

import dev.dossier.api.DataSourceProvider;
import java.util.Objects;

/**
 * A provider that passed the API handshake, with where it came from.
 *
 * <p>Instances are made by {@link ProviderRegistry#discover(java.util.List)}; the provider's
 * {@link DataSourceProvider#id()} is known to be valid and unique within the registry.
 *
 * @param provider the provider instance; its class loader is the plugin's own for external plugins
 * @param origin   {@value #BUILT_IN} for providers on the application class path, otherwise the
 *                 plugin jar or folder path as found in the plugins folder
 * @param version  the provider's own version ({@link DataSourceProvider#version()}), read once at load
 * @param api      the SPI version the provider was built against, known to run on this engine
 * @since 0.1
 */
public record LoadedProvider(DataSourceProvider provider, String origin, String version, ApiVersion api) {

    /** The origin of providers found on the application class path. */
    public static final String BUILT_IN = "built-in";

    public LoadedProvider {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(origin, "origin");
        version = version == null || version.isBlank() ? "0" : version;
        api = api == null ? ApiVersion.ENGINE : api;
    }

    /** A provider built against this engine's API. */
    public LoadedProvider(DataSourceProvider provider, String origin, String version) {
        this(provider, origin, version, ApiVersion.ENGINE);
    }

    /** The provider's id, as used in templates. */
    public String id() {
        return provider.id();
    }

    /** Whether this provider came from the application class path rather than a plugins folder. */
    public boolean isBuiltIn() {
        return BUILT_IN.equals(origin);
    }

    @Override
    public String toString() {
        return "'" + id() + "' " + version + " from " + origin;
    }
}
