package dev.dossier.sources;

import dev.dossier.api.DataSource;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.sources.io.NumberSyntax;
import dev.dossier.sources.io.TableDataset;
import dev.dossier.sources.io.TableFormat;
import dev.dossier.sources.io.TableInput;
import dev.dossier.sources.io.TableSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Base of the generic providers that read one user file ({@code csv}, {@code json}) with the
 * {@link dev.dossier.sources.io.TableReader}.
 *
 * <p>Options, besides those of {@link GenericProvider} (where {@value GenericProvider#COLUMNS} is required
 * and the citation URL option is {@value #URL}):
 * <ul>
 *   <li>{@value #FILE} (path, required) — the file, relative to the template's folder</li>
 *   <li>{@value #LOCALE} (string, default {@code en-US}; a file's number format is a property of the file,
 *       not of the report it feeds) — how numbers in text cells are
 *       written, e.g. {@code de-DE} for {@code 1.234,5}</li>
 *   <li>{@value #UNKNOWN_FIELDS} ({@code ignore} by default, or {@code reject}) — whether a column
 *       that is neither declared nor a provenance column is an error</li>
 * </ul>
 * The file's rows may carry their own source in the {@link dev.dossier.sources.io.ProvenanceColumns};
 * a row without a {@code source_title} cites the source given by {@value GenericProvider#TITLE}…,
 * and without either the row is an error.
 *
 * @since 0.2
 */
public abstract class GenericFileProvider extends GenericProvider {

    public static final String FILE = "file";
    public static final String LOCALE = "locale";
    public static final String UNKNOWN_FIELDS = "unknown-fields";
    public static final String URL = "url";

    protected GenericFileProvider(String id, String description) {
        super(id, description, URL, true);
    }

    /** How the file is parsed. */
    protected abstract TableFormat format();

    /** The options particular to the format, such as a CSV delimiter. */
    protected abstract List<OptionDescriptor> formatOptions();

    /** {@code base} with the format's own options applied. */
    protected abstract TableSettings formatSettings(SourceOptions options, TableSettings base) throws SourceException;

    @Override
    protected final List<OptionDescriptor> ownOptions() {
        List<OptionDescriptor> own = new ArrayList<>();
        own.add(new OptionDescriptor(FILE, OptionType.PATH, true, null, "the " + format().extension() + " file to read", false));
        own.addAll(formatOptions());
        own.add(OptionDescriptor.optional(LOCALE, OptionType.STRING,
                "how numbers are written in the file, e.g. de-DE for 1.234,5; default: en-US"));
        own.add(new OptionDescriptor(UNKNOWN_FIELDS, OptionType.STRING, false, "ignore",
                "ignore or reject columns that are not declared", false));
        return own;
    }

    /**
     * Checks every option and opens the source; the file is read when the dataset is fetched.
     *
     * @throws SourceException (bad input) when an option is missing or malformed, or the file does not exist
     */
    @Override
    public final DataSource open(SourceContext context) throws SourceException {
        SourceOptions options = context.options();
        DatasetDescriptor descriptor = declared(options).orElseThrow();
        required(options, FILE, "the " + format().extension() + " file to read");
        Path file = options.path(FILE).orElseThrow();
        if (!Files.isRegularFile(file)) {
            throw badOption(FILE, "no such file '" + file + "'");
        }
        Locale locale = locale(options, LOCALE, Locale.US);
        TableSettings settings = TableSettings.DEFAULT
                .withNumbers(NumberSyntax.of(locale))
                .withDefaultProvenance(provenance(options).orElse(null))
                .withRejectUnknown(rejectUnknown(options));
        TableSettings all = formatSettings(options, settings);
        TableInput input = TableInput.file(file, format());
        return new SingleDatasetSource(id(), descriptor.name(), () -> TableDataset.open(input, descriptor, all));
    }

    private boolean rejectUnknown(SourceOptions options) throws SourceException {
        String policy = options.string(UNKNOWN_FIELDS).map(String::strip).orElse("ignore");
        return switch (policy) {
            case "ignore" -> false;
            case "reject" -> true;
            default -> throw badOption(UNKNOWN_FIELDS, "'" + policy + "' is neither ignore nor reject");
        };
    }
}
