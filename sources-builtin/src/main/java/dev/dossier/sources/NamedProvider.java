package dev.dossier.sources;

import dev.dossier.api.DataSourceProvider;

import java.util.Objects;

/**
 * The identity every built-in provider shares: id, one-line description and version, fixed at
 * construction so subclasses only declare datasets and options.
 */
public abstract class NamedProvider implements DataSourceProvider {

    private final String id;
    private final String description;
    private final String version;

    protected NamedProvider(String id, String description, String version) {
        this.id = Objects.requireNonNull(id, "id");
        this.description = Objects.requireNonNull(description, "description");
        this.version = Objects.requireNonNull(version, "version");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String version() {
        return version;
    }

    /** The built-ins are built with the engine: always this API. */
    @Override
    public final String apiVersion() {
        return dev.dossier.api.DossierApi.VERSION;
    }
}
