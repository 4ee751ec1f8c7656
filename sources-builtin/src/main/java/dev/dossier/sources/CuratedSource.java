package dev.dossier.sources;

import dev.dossier.api.DataSource;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.SourceException;
import dev.dossier.sources.io.TableDataset;
import dev.dossier.sources.io.TableFormat;
import dev.dossier.sources.io.TableInput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** One run's view of a {@link CuratedProvider}: picks the user's file or the built-in resource for each dataset. */
final class CuratedSource implements DataSource {

    private final CuratedProvider provider;
    private final Optional<Path> dataDir;

    CuratedSource(CuratedProvider provider, Optional<Path> dataDir) {
        this.provider = provider;
        this.dataDir = dataDir;
    }

    @Override
    public Dataset fetch(String datasetName) throws SourceException {
        DatasetDescriptor descriptor = provider.dataset(datasetName).orElseThrow(() -> SourceException.badInput(
                "source '" + provider.id() + "' has no dataset '" + datasetName + "' (available: "
                        + provider.datasets().stream().map(DatasetDescriptor::name).collect(Collectors.joining(", ")) + ")"));
        Optional<TableInput> override = userFile(datasetName);
        if (override.isPresent()) {
            return TableDataset.open(override.get(), descriptor);
        }
        try {
            return TableDataset.open(TableInput.resource(provider.getClass(), provider.resourceName(datasetName)), descriptor);
        } catch (SourceException e) {
            // A broken built-in resource is a defect of this provider, not of the user's input.
            throw new SourceException("built-in dataset " + provider.id() + "/" + datasetName + " is unreadable: "
                    + e.getMessage(), e);
        }
    }

    private Optional<TableInput> userFile(String datasetName) {
        if (dataDir.isEmpty()) {
            return Optional.empty();
        }
        for (TableFormat format : TableFormat.values()) {
            Path candidate = dataDir.get().resolve(datasetName + "." + format.extension());
            if (Files.isRegularFile(candidate)) {
                return Optional.of(TableInput.file(candidate));
            }
        }
        return Optional.empty();
    }
}
