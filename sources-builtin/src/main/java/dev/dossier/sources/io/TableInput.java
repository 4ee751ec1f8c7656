package dev.dossier.sources.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A tabular file to read: how to open it, its format, and the name used in error messages.
 *
 * <p>Opening is deferred, so an input can be read several times (once to collect provenance,
 * once per cursor).
 *
 * @since 0.1
 */
public final class TableInput {

    /** Opens a fresh stream over the input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final TableFormat format;
    private final Opener opener;

    /**
     * @param name   how messages name the input, e.g. {@code data/companies.csv}
     * @param format the input's format
     * @param opener opens the bytes; called once per pass
     */
    public TableInput(String name, TableFormat format, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * A file whose format follows from its extension.
     *
     * @throws IllegalArgumentException when the extension is neither {@code .csv} nor {@code .json}
     */
    public static TableInput file(Path path) {
        TableFormat format = TableFormat.forFileName(path.getFileName().toString())
                .orElseThrow(() -> new IllegalArgumentException(path + ": not a .csv or .json file"));
        return new TableInput(path.toString(), format, () -> Files.newInputStream(path));
    }

    /**
     * A file read as {@code format} whatever its extension, e.g. a {@code .txt} export read as CSV.
     *
     * @since 0.2
     */
    public static TableInput file(Path path, TableFormat format) {
        return new TableInput(path.toString(), format, () -> Files.newInputStream(path));
    }

    /**
     * A class-path resource, looked up through {@code anchor}'s class loader so that a plugin
     * finds the resources in its own jar.
     *
     * @param resource absolute resource name without a leading slash, e.g. {@code dev/dossier/sources/patents/headline.csv}
     */
    public static TableInput resource(Class<?> anchor, String resource) {
        TableFormat format = TableFormat.forFileName(resource)
                .orElseThrow(() -> new IllegalArgumentException(resource + ": not a .csv or .json resource"));
        ClassLoader loader = anchor.getClassLoader();
        return new TableInput(resource, format, () -> {
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("resource not found: " + resource);
            }
            return in;
        });
    }

    /** The name used in messages. */
    public String name() {
        return name;
    }

    /** The input's format. */
    public TableFormat format() {
        return format;
    }

    /** Opens a fresh stream; the caller closes it. */
    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return name;
    }
}
