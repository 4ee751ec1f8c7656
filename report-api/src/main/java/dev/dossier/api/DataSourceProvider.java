package dev.dossier.api;

import java.util.List;
import java.util.Optional;

/**
 * The entry point of a data-source plugin, found with {@link java.util.ServiceLoader}.
 *
 * <p>Register an implementation in {@code META-INF/services/dev.dossier.api.DataSourceProvider}.
 * It needs a public no-argument constructor that does no I/O; work starts in
 * {@link #open(SourceContext)}. A provider offers named datasets, each with a fixed column
 * layout, and declares the options it accepts so the engine can validate them (and mask
 * secrets) before any data is fetched.
 *
 * <p>Methods added in later API versions are {@code default} methods, so a plugin compiled
 * against an older {@code report-api} of the same major version keeps working; a plugin
 * compiled against a newer one is refused at load (see {@link #apiVersion()}).
 *
 * @since 0.1
 */
public interface DataSourceProvider {

    /** Unique id used in templates ({@code patents/families-by-country}); lower-case letters, digits and {@code -}. */
    String id();

    /** One line saying what data this provider offers. */
    default String description() {
        return "";
    }

    /** The provider's own version, shown by {@code dossier sources}. */
    default String version() {
        return "0";
    }

    /**
     * The SPI version this provider was built against, {@code MAJOR.MINOR}. Implement it as
     * <pre>{@code
     * @Override
     * public String apiVersion() {
     *     return DossierApi.VERSION;   // copied into this class by the compiler
     * }
     * }</pre>
     * The engine refuses a provider that wants a newer API than it has (see {@link DossierApi}).
     * Abstract on purpose: a default method would run the engine's copy and report the engine's
     * version. Plugins built before API 1.1 lack this method and are treated as built for 1.0.
     *
     * @since 0.3
     */
    String apiVersion();

    /** The datasets on offer; never empty. Must not do I/O. */
    List<DatasetDescriptor> datasets();

    /**
     * The datasets on offer once the provider's options are known; by default {@link #datasets()}.
     *
     * <p>Generic providers, whose single dataset is named and laid out by the user's options
     * (a CSV file's {@code columns}), override this so that templates can be validated against
     * the real columns. Must not do I/O.
     *
     * @param options the options given in the template, with defaults filled in
     * @throws SourceException (bad input) when the options do not describe a valid dataset
     * @since 0.2
     */
    default List<DatasetDescriptor> datasets(SourceOptions options) throws SourceException {
        return datasets();
    }

    /** The options this provider accepts; unknown options are refused by the engine. */
    default List<OptionDescriptor> options() {
        return List.of();
    }

    /** The descriptor of the named dataset, if offered. */
    default Optional<DatasetDescriptor> dataset(String name) {
        return datasets().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * Opens the source for one report run.
     *
     * @param context validated options, report parameters, locale and base folder
     * @throws SourceException when the source cannot be opened (bad file, unreachable database)
     */
    DataSource open(SourceContext context) throws SourceException;
}
