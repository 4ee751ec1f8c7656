package dev.dossier.core.source;

import dev.dossier.api.DataSourceProvider;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The providers available to a run (interim: built-ins from the class path only). */
public final class ProviderRegistry {

    private final List<LoadedProvider> providers;

    private ProviderRegistry(List<LoadedProvider> providers) {
        this.providers = providers;
    }

    public static ProviderRegistry discover(List<Path> pluginDirs) {
        List<LoadedProvider> out = new ArrayList<>();
        for (DataSourceProvider p : ServiceLoader.load(DataSourceProvider.class)) {
            out.add(new LoadedProvider(p, "built-in", p.version()));
        }
        out.sort(Comparator.comparing(l -> l.provider().id()));
        return new ProviderRegistry(List.copyOf(out));
    }

    public Optional<LoadedProvider> find(String id) {
        return providers.stream().filter(p -> p.provider().id().equals(id)).findFirst();
    }

    public List<LoadedProvider> providers() {
        return providers;
    }

    public List<String> warnings() {
        return List.of();
    }
}
