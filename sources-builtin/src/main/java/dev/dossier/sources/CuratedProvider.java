package dev.dossier.sources;

import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of the built-in providers whose datasets ship as curated CSV resources with their citations.
 *
 * <p>Dataset {@code <name>} of provider {@code <id>} is read from the class-path resource
 * {@code dev/dossier/sources/<id>/<name>.csv}, which holds the declared columns plus the
 * {@link dev.dossier.sources.io.ProvenanceColumns}. With the option {@value #DATA_DIR}, a file
 * {@code <name>.csv} or {@code <name>.json} in that folder, with the same columns, replaces the
 * built-in dataset; other datasets stay built-in.
 *
 * <p>Subclasses only name themselves and declare their datasets; they hold no state, so one
 * instance serves any number of report runs.
 *
 * @since 0.1
 */
public abstract class CuratedProvider extends NamedProvider {

    /** Option naming a folder whose {@code <dataset>.csv} / {@code <dataset>.json} files replace built-in datasets. */
    public static final String DATA_DIR = "data-dir";

    private final List<DatasetDescriptor> datasets;

    protected CuratedProvider(String id, String description, List<DatasetDescriptor> datasets) {
        super(id, description, "0.1.0");
        this.datasets = List.copyOf(datasets);
    }

    @Override
    public final List<DatasetDescriptor> datasets() {
        return datasets;
    }

    @Override
    public final List<OptionDescriptor> options() {
        return List.of(OptionDescriptor.optional(DATA_DIR, OptionType.PATH,
                "folder with <dataset>.csv or <dataset>.json files that replace the built-in datasets"));
    }

    /**
     * Opens the provider for one run.
     *
     * @throws SourceException (bad input) when {@value #DATA_DIR} is given but is not a folder
     */
    @Override
    public final DataSource open(SourceContext context) throws SourceException {
        Optional<Path> dataDir = context.options().path(DATA_DIR);
        if (dataDir.isPresent() && !Files.isDirectory(dataDir.get())) {
            throw SourceException.badInput("source '" + id() + "': option " + DATA_DIR + " '" + dataDir.get()
                    + "' is not a folder");
        }
        return new CuratedSource(this, dataDir);
    }

    /** The class-path resource holding the built-in dataset. */
    String resourceName(String dataset) {
        return "dev/dossier/sources/" + id() + "/" + dataset + ".csv";
    }
}
