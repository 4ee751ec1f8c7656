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

    /**
     * The datasets the provider offers, asked with its plugin code marked as such, so whatever it
     * prints goes to the log and not into Dossier's output.
     *
     * @param options the source's options, or null for the provider's own list ({@link DataSourceProvider#datasets()})
     * @throws SourceException as the provider's {@code datasets(options)} does
     */
    public java.util.List<dev.dossier.api.DatasetDescriptor> datasets(dev.dossier.api.SourceOptions options)
            throws dev.dossier.api.SourceException {
        try {
            return PluginThreads.run("source '" + provider.id() + "': datasets",
                    () -> options == null ? provider.datasets() : provider.datasets(options));
        } catch (dev.dossier.api.SourceException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's own dataset list, asked as {@link #datasets(dev.dossier.api.SourceOptions)} asks. */
    public java.util.List<dev.dossier.api.DatasetDescriptor> datasets() {
        try {
            return datasets(null);
        } catch (dev.dossier.api.SourceException e) {
            throw new IllegalStateException(e); // datasets() declares no checked exception
        }
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
