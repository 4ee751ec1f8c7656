package dev.dossier.core.testing;

import dev.dossier.core.source.ProviderRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Registries for tests: the built-in providers plus a test provider found the way plugins are, through a services file. */
public final class TestRegistries {

    private TestRegistries() {
    }

    /** A registry that discovers {@code provider} (a public class with a no-argument constructor) besides the built-ins. */
    public static ProviderRegistry with(Class<?> provider, Path dir) {
        try {
            Path services = dir.resolve("services/META-INF/services");
            Files.createDirectories(services);
            Files.writeString(services.resolve("dev.dossier.api.DataSourceProvider"), provider.getName() + "\n");
            ClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("services").toUri().toURL()},
                    TestRegistries.class.getClassLoader());
            return ProviderRegistry.discover(loader, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
