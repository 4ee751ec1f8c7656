package dev.dossier.sources.csv;

import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceException;
import dev.dossier.api.SourceOptions;
import dev.dossier.sources.GenericFileProvider;
import dev.dossier.sources.io.TableFormat;
import dev.dossier.sources.io.TableSettings;

import java.util.List;
import java.util.Map;

/**
 * Provider {@code csv}: one dataset read from the user's CSV file, with columns the user declares.
 *
 * <p>Example options: {@code file: data/exports.csv}, {@code columns: "country:string, year:year,
 * usd_billion:money:USD billion"}, {@code title: "Customs statistics 2024"}, {@code locale: de-DE}.
 * Options are those of {@link GenericFileProvider} plus {@value #DELIMITER}:
 * {@code auto} (default), {@code ,}, {@code ;}, {@code \t} (or {@code tab}) or {@code |}.
 *
 * <p>The file is UTF-8, with or without a byte-order mark, and starts with a header line naming
 * the columns, each once (matched to the declared names case-insensitively, spaces read as {@code _};
 * a name given twice is bad input at line 1).
 * LF and CRLF line ends, quoted fields with line breaks ({@code "a ""b"""}), blank lines and
 * spreadsheet rows whose cells are all empty are accepted. With {@code auto} the delimiter is
 * the most frequent of {@code , ; TAB |} in the header line.
 *
 * <p>Cells are typed by the declared columns (see {@link dev.dossier.sources.io.CellParser}):
 * numbers in the {@value GenericFileProvider#LOCALE}'s syntax with or without grouping
 * ({@code 1.234,5} in {@code de-DE}), percent with or without {@code %} ({@code 12,5 %} is 12.5),
 * money with a currency symbol or code before or after ({@code $1.2}, {@code 1,2 EUR}) that is
 * dropped: the column's unit says the currency. Qualifiers such as {@code ~} or {@code >} and the
 * estimate mark {@code [E]} are kept.
 *
 * <p>Errors are {@link SourceException#badInput bad input} located at the cell, e.g.
 * {@code data/exports.csv:7:12: 'n/a' is not a decimal (column 'usd_billion')}.
 *
 * @since 0.2
 */
public final class CsvProvider extends GenericFileProvider {

    public static final String DELIMITER = "delimiter";

    private static final Map<String, Character> DELIMITERS = Map.of(
            ",", ',', ";", ';', "\\t", '\t', "\t", '\t', "tab", '\t', "|", '|');

    public CsvProvider() {
        super("csv", "Your own CSV file as one dataset with the columns you declare");
    }

    @Override
    protected TableFormat format() {
        return TableFormat.CSV;
    }

    @Override
    protected List<OptionDescriptor> formatOptions() {
        return List.of(new OptionDescriptor(DELIMITER, OptionType.STRING, false, "auto",
                "auto, ',', ';', '\\t' (tab) or '|'", false));
    }

    @Override
    protected TableSettings formatSettings(SourceOptions options, TableSettings base) throws SourceException {
        // Not stripped: a tab is whitespace.
        String value = options.string(DELIMITER).orElse("auto");
        if (value.strip().equals("auto")) {
            return base.withDelimiter(null);
        }
        Character delimiter = DELIMITERS.get(value.equals("\t") ? value : value.strip());
        if (delimiter == null) {
            throw badOption(DELIMITER, "'" + value + "' is not a delimiter (expected auto, ',', ';', '\\t' or '|')");
        }
        return base.withDelimiter(delimiter);
    }
}
