package dev.dossier.core.source;

import dev.dossier.api.DataSourceProvider;

/** A discovered provider with where it was loaded from. */
public record LoadedProvider(DataSourceProvider provider, String origin, String version) {
}
