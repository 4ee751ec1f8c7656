package dev.dossier.sources.json;

import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.sources.GenericFileProvider;
import dev.dossier.sources.io.ReadLimits;
import dev.dossier.sources.io.RowsPointer;
import dev.dossier.sources.io.TableFormat;
import dev.dossier.sources.io.TableSettings;

import java.util.List;

/**
 * Provider {@code json}: one dataset read from the user's JSON file, with columns the user declares.
 *
 * <p>The rows are an array of objects, one object per row with the column names as keys: the
 * whole document, or the array a JSON pointer names ({@value #POINTER}, e.g. {@code /data/items}
 * in {@code {"data": {"items": [...]}}}). A single object where the array would be is one row.
 * Nested series, {@code {"series": [{"name": "China", "points": [{"year": 2024, "value": 3}]}]}},
 * read as one dataset with a {@code *} step, {@code /series/*}{@code /points}: every row inherits
 * the scalar keys of its series ({@code name} here; a row's own key wins). Options are those of
 * {@link GenericFileProvider} plus {@value #POINTER} (default: the whole document).
 *
 * <p>{@code NaN}, {@code Infinity} and {@code -Infinity}, which Python's json module and some
 * JavaScript exporters write, are read as missing values, each with a warning naming the file,
 * line, column and column name; in a required column they are an error.
 *
 * <p>JSON numbers are read as written ({@code 1234.5}); strings in numeric columns go through
 * the same cell reading as CSV ({@code "1.234,5"} in {@code de-DE}, {@code ">5,300"}, {@code "$1.2"}).
 * {@code null} is an empty cell; an object may leave out the keys of optional columns. A nested
 * object or array is skipped unless it sits in a declared column, which is an error; with
 * {@code unknown-fields: reject} an undeclared key is an error too.
 *
 * <p>Errors are {@link SourceException#badInput bad input} located in the file: a key given
 * twice in one object ({@code data.json:4:21: Duplicate field 'year'}), a malformed value, a
 * pointer that leads nowhere, or input beyond the {@link ReadLimits#DEFAULT read limits}
 * (nesting deeper than 64, numbers longer than 100 characters, strings longer than 1,000,000
 * characters, documents larger than 512 MiB), which keep a hostile file from exhausting memory.
 *
 * @since 0.2
 */
public final class JsonProvider extends GenericFileProvider {

    public static final String POINTER = "pointer";

    public JsonProvider() {
        super("json", "Your own JSON file as one dataset with the columns you declare");
    }

    @Override
    protected TableFormat format() {
        return TableFormat.JSON;
    }

    @Override
    protected List<OptionDescriptor> formatOptions() {
        return List.of(new OptionDescriptor(POINTER, OptionType.STRING, false, "",
                "JSON pointer to the array of rows, e.g. /data/items, or /series/*/points for rows in nested series;"
                        + " empty for the whole document", false));
    }

    @Override
    protected TableSettings formatSettings(SourceOptions options, TableSettings base) throws SourceException {
        String pointer = options.string(POINTER).map(String::strip).orElse("");
        try {
            RowsPointer.parse(pointer);
        } catch (IllegalArgumentException e) {
            throw badOption(POINTER, e.getMessage());
        }
        return base.withPointer(pointer);
    }
}
