package dev.dossier.sources;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.Provenance;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.sources.io.ColumnSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Base of the generic providers ({@code csv}, {@code json}, {@code jdbc}), whose one dataset is
 * the user's own data, named and laid out by options.
 *
 * <p>Options shared by every generic provider:
 * <ul>
 *   <li>{@value #DATASET} (string, default {@value #DEFAULT_DATASET}) — the dataset's name in
 *       templates, e.g. {@code csv/rows}</li>
 *   <li>{@value #COLUMNS} (string) — the layout, e.g. {@code "country:string, year:year,
 *       usd_billion?:money:USD billion"}; see {@link ColumnSpec}</li>
 *   <li>{@value #TITLE}, {@value #PUBLISHER}, the citation URL, {@value #AS_OF} (strings) and
 *       {@value #CONFIDENCE} ({@code published} by default) — the source of every row that does
 *       not name its own</li>
 * </ul>
 *
 * <p>Because the columns are the user's, {@link #datasets()} (which cannot see options) returns a
 * placeholder: dataset {@value #DEFAULT_DATASET} with one column {@value #PLACEHOLDER_COLUMN}.
 * {@link #datasets(SourceOptions)} returns the real layout, and so do the datasets that
 * {@code open(...)} fetches.
 *
 * <p>Instances hold no state; option errors are {@link SourceException#badInput bad input}
 * naming the provider and the option.
 *
 * @since 0.2
 */
public abstract class GenericProvider extends NamedProvider {

    public static final String DATASET = "dataset";
    public static final String COLUMNS = "columns";
    public static final String TITLE = "title";
    public static final String PUBLISHER = "publisher";
    public static final String AS_OF = "as-of";
    public static final String CONFIDENCE = "confidence";
    public static final String DEFAULT_DATASET = "rows";
    /** The one column of the placeholder descriptor; its label says where the real columns come from. */
    public static final String PLACEHOLDER_COLUMN = "declared-by-columns-option";

    private final String urlOption;
    private final boolean columnsRequired;

    /**
     * @param urlOption       the option holding the citation URL ({@code url}, or {@code source-url} where
     *                        {@code url} is taken, as in {@code jdbc})
     * @param columnsRequired whether {@value #COLUMNS} must be given; when not, the source derives the layout
     */
    protected GenericProvider(String id, String description, String urlOption, boolean columnsRequired) {
        super(id, description, "0.2.0");
        this.urlOption = urlOption;
        this.columnsRequired = columnsRequired;
    }

    /** A placeholder: the real columns come from the {@value #COLUMNS} option; see {@link #datasets(SourceOptions)}. */
    @Override
    public final List<DatasetDescriptor> datasets() {
        return List.of(new DatasetDescriptor(DEFAULT_DATASET, "your data; columns come from the '" + COLUMNS + "' option",
                List.of(new Column(PLACEHOLDER_COLUMN, ColumnType.STRING, "",
                        "columns come from the '" + COLUMNS + "' option", false))));
    }

    /**
     * The dataset the options declare; the placeholder of {@link #datasets()} when the provider
     * derives columns and none are declared.
     *
     * @throws SourceException (bad input) when {@value #COLUMNS} is missing or malformed
     */
    @Override
    public final List<DatasetDescriptor> datasets(SourceOptions options) throws SourceException {
        Optional<DatasetDescriptor> declared = declared(options);
        return declared.isPresent() ? List.of(declared.get()) : datasets();
    }

    @Override
    public final List<OptionDescriptor> options() {
        List<OptionDescriptor> all = new ArrayList<>(ownOptions());
        all.add(new OptionDescriptor(DATASET, OptionType.STRING, false, DEFAULT_DATASET,
                "the dataset's name in templates", false));
        all.add(new OptionDescriptor(COLUMNS, OptionType.STRING, columnsRequired, null,
                "the columns as name:type[:unit], comma-separated; a '?' after the name allows empty cells", false));
        all.add(OptionDescriptor.optional(TITLE, OptionType.STRING, "title of the source cited under every figure"));
        all.add(OptionDescriptor.optional(PUBLISHER, OptionType.STRING, "publisher of the source"));
        all.add(OptionDescriptor.optional(urlOption, OptionType.STRING, "address of the source"));
        all.add(OptionDescriptor.optional(AS_OF, OptionType.STRING, "date or period the figures refer to"));
        all.add(new OptionDescriptor(CONFIDENCE, OptionType.STRING, false, Confidence.PUBLISHED.label(),
                "published, estimate, blog post or not found", false));
        return List.copyOf(all);
    }

    /** The options particular to this provider, listed before the shared ones. */
    protected abstract List<OptionDescriptor> ownOptions();

    /**
     * The declared dataset: name from {@value #DATASET}, layout from {@value #COLUMNS}; empty when
     * no columns are declared and the provider does not require them.
     */
    protected final Optional<DatasetDescriptor> declared(SourceOptions options) throws SourceException {
        Optional<String> spec = options.string(COLUMNS).filter(s -> !s.isBlank());
        if (spec.isEmpty()) {
            if (columnsRequired) {
                throw missing(COLUMNS, "e.g. \"country:string, year:year, value:decimal\"");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(new DatasetDescriptor(datasetName(options), "the user's data, laid out by the '"
                    + COLUMNS + "' option", ColumnSpec.parse(spec.get())));
        } catch (IllegalArgumentException e) {
            throw badOption(COLUMNS, e.getMessage());
        }
    }

    /** The dataset name, checked to be usable in a template reference. */
    protected final String datasetName(SourceOptions options) throws SourceException {
        String name = options.string(DATASET).map(String::strip).orElse(DEFAULT_DATASET);
        if (!name.matches("[a-z0-9_-]+")) {
            throw badOption(DATASET, "'" + name + "' may hold only lower-case letters, digits, '_' and '-'");
        }
        return name;
    }

    /** The source cited for rows that do not name their own; empty when {@value #TITLE} is not given. */
    protected final Optional<Provenance> provenance(SourceOptions options) throws SourceException {
        Confidence confidence;
        try {
            confidence = Confidence.parse(options.string(CONFIDENCE).orElse(Confidence.PUBLISHED.label()));
        } catch (IllegalArgumentException e) {
            throw badOption(CONFIDENCE, e.getMessage());
        }
        Optional<String> title = options.string(TITLE).filter(t -> !t.isBlank());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Provenance(title.get().strip(), options.string(PUBLISHER).orElse(""),
                options.string(urlOption).orElse(""), options.string(AS_OF).orElse(""), confidence));
    }

    /**
     * A locale option such as {@code de-DE} (or {@code de_DE}), or {@code fallback} when absent.
     *
     * @throws SourceException (bad input) when the value is no language tag
     */
    protected final Locale locale(SourceOptions options, String option, Locale fallback) throws SourceException {
        Optional<String> tag = options.string(option).map(String::strip).filter(s -> !s.isEmpty());
        if (tag.isEmpty()) {
            return fallback;
        }
        Locale locale = Locale.forLanguageTag(tag.get().replace('_', '-'));
        boolean known = java.util.Arrays.stream(Locale.getAvailableLocales())
                .anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
        if (locale.getLanguage().isEmpty() || !known) {
            throw badOption(option, "'" + tag.get() + "' is not a locale (expected a language tag such as en-US or de-DE)");
        }
        return locale;
    }

    /** A required option's value. */
    protected final String required(SourceOptions options, String option, String hint) throws SourceException {
        return options.string(option).filter(v -> !v.isBlank()).orElseThrow(() -> missing(option, hint));
    }

    /** Bad input naming this provider and the option, e.g. {@code source 'csv': option 'delimiter': …}. */
    protected final SourceException badOption(String option, String problem) {
        return SourceException.badInput("source '" + id() + "': option '" + option + "': " + problem);
    }

    private SourceException missing(String option, String hint) {
        return SourceException.badInput("source '" + id() + "': option '" + option + "' is required (" + hint + ")");
    }
}
