package dev.dossier.sources;

import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.Dataset;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.api.UncheckedSourceException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Test helper: opens a generic provider with options and reads its one dataset, as the engine would. */
public final class GenericRead {

    private GenericRead() {
    }

    /** Options with the defaults the provider declares filled in, as the engine's option validation does. */
    public static SourceOptions options(DataSourceProvider provider, Map<String, String> given, Path base) {
        Map<String, String> values = new java.util.HashMap<>();
        provider.options().stream().filter(o -> o.defaultValue() != null).forEach(o -> values.put(o.name(), o.defaultValue()));
        values.putAll(given);
        return new SourceOptions(values, base);
    }

    public static Dataset fetch(DataSourceProvider provider, Map<String, String> given, Path base) throws SourceException {
        SourceOptions options = options(provider, given, base);
        DataSource source = provider.open(new SourceContext(options, Map.of(), Locale.US, base));
        return source.fetch(options.string(GenericProvider.DATASET).orElseThrow());
    }

    public static List<Row> rows(DataSourceProvider provider, Map<String, String> given, Path base) throws SourceException {
        return rows(fetch(provider, given, base));
    }

    public static List<Row> rows(Dataset dataset) throws SourceException {
        List<Row> rows = new ArrayList<>();
        try (RowCursor cursor = dataset.rows()) {
            cursor.forEachRemaining(rows::add);
        } catch (UncheckedSourceException e) {
            throw e.getCause();
        }
        return rows;
    }
}
