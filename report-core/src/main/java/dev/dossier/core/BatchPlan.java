package dev.dossier.core;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dossier.api.Utf8Reader;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.text.DidYouMean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A batch of reports from one template: one report per row of a CSV file whose columns are
 * template parameters, each written to a path made from an output pattern such as
 * {@code out/{company}.pdf}.
 *
 * <p>The file is UTF-8 CSV (a byte-order mark is ignored) with a header row naming each parameter
 * once; every value is text. The
 * plan is checked before any report is made: each {@code {column}} of the pattern must be a
 * column, and no two rows may write the same file.
 *
 * <p>Every column is a parameter of each row's report; {@link #checkColumns} checks them against the
 * template's parameters before anything is rendered.
 *
 * @param file    the batch file as given, for messages
 * @param columns the header's column names, in file order, each once
 * @param items   one per data row, in file order
 */
public record BatchPlan(Path file, List<String> columns, List<Item> items) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    /**
     * One report of the batch.
     *
     * @param line       the CSV line it comes from (the header is line 1), for messages
     * @param parameters the row's values by column name
     * @param output     where its PDF goes
     */
    public record Item(int line, Map<String, String> parameters, Path output) {
        public Item {
            parameters = Map.copyOf(parameters);
        }
    }

    public BatchPlan {
        columns = List.copyOf(columns);
        items = List.copyOf(items);
    }

    /**
     * Checks that every column names one of the template's parameters: a column that is none would
     * fail every row with {@code DOS-PARAM-UNKNOWN}, so the batch is refused before any report is made.
     *
     * @param parameters the parameters the template takes, standard and declared
     * @throws DossierException INPUT {@code DOS-BATCH-INVALID} naming the file, the column, the closest
     *                          parameter when one is close, and every parameter
     */
    public void checkColumns(List<String> parameters) {
        for (String column : columns) {
            if (!parameters.contains(column)) {
                throw invalid(file + ":1: column '" + column + "' is not a parameter of the template"
                        + DidYouMean.hint(column, parameters) + "; parameters are " + String.join(", ", parameters));
            }
        }
    }

    /**
     * Reads a batch file.
     *
     * @param outputPattern the output path with {@code {column}} placeholders; null for
     *                      {@code out/{FIRST-COLUMN}.pdf}
     * @throws DossierException INPUT {@code DOS-BATCH-INVALID} naming the file and line: missing or
     *                          empty file, text that is not UTF-8, a column named twice in
 *                          the header, a ragged row, a placeholder that is no column, two rows
     *                          writing one file, a value that would leave the output folder
     */
    public static BatchPlan read(Path csv, String outputPattern) {
        List<String> columns;
        List<Item> items = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).enable(CsvParser.Feature.TRIM_SPACES);
        // strict UTF-8 with a byte-order mark dropped, as the csv data source reads its files
        try (Reader in = new BufferedReader(new Utf8Reader(Files.newInputStream(csv)));
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(false)).readValues(in)) {
            columns = new ArrayList<>();
            while (rows.hasNextValue()) {
                int line = items.size() + 2; // the header is line 1
                Map<String, String> row = new LinkedHashMap<>(rows.nextValue());
                if (columns.isEmpty()) {
                    // the header as written: a map of the row would hide a repeated name
                    ((CsvParser) rows.getParser()).getSchema().forEach(c -> columns.add(c.getName()));
                    checkRepeated(csv, columns);
                    if (outputPattern == null) {
                        outputPattern = "out/{" + columns.get(0) + "}.pdf";
                    }
                    checkPattern(csv, outputPattern, columns);
                }
                items.add(new Item(line, row, Path.of(fill(csv, line, outputPattern, row))));
            }
        } catch (NoSuchFileException e) {
            throw invalid(csv + ": no such batch file");
        } catch (Utf8Reader.NotUtf8Exception e) {
            throw invalid(csv + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (RuntimeJsonMappingException | IOException e) {
            throw invalid(csv + ":" + (items.size() + 2) + ": not a CSV file with a header row of parameter names ("
                    + e.getMessage().split("\n")[0] + ")");
        }
        if (items.isEmpty()) {
            throw invalid(csv + ": no rows; expected a header row of parameter names and one row per report");
        }
        Map<Path, Item> seen = new HashMap<>();
        for (Item item : items) {
            // case-folded: on macOS and Windows 'Baidu.pdf' and 'baidu.pdf' are one file
            Item before = seen.putIfAbsent(Path.of(item.output().toAbsolutePath().normalize().toString()
                    .toLowerCase(java.util.Locale.ROOT)), item);
            if (before != null) {
                throw invalid(csv + ":" + item.line() + ": writes " + item.output() + ", as line " + before.line()
                        + " does (file names are compared ignoring case); make the output pattern '" + outputPattern + "' name a column that differs per row");
            }
        }
        return new BatchPlan(csv, columns, items);
    }

    private static void checkRepeated(Path csv, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            int again = columns.subList(i + 1, columns.size()).indexOf(columns.get(i));
            if (again >= 0) {
                throw invalid(csv + ":1: column '" + columns.get(i) + "' appears twice in the header (fields " + (i + 1)
                        + " and " + (i + again + 2) + "); each parameter takes one column");
            }
        }
    }

    private static void checkPattern(Path csv, String pattern, List<String> columns) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!columns.contains(m.group(1))) {
                throw invalid("-o " + pattern + ": '{" + m.group(1) + "}' is not a column of " + csv
                        + "; columns are " + String.join(", ", columns));
            }
        }
        if (!any) {
            throw invalid("-o " + pattern + ": a batch writes one file per row; name a column in the path, e.g. out/{"
                    + columns.get(0) + "}.pdf");
        }
    }

    private static String fill(Path csv, int line, String pattern, Map<String, String> row) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = row.get(m.group(1));
            if (value == null || value.isBlank() || value.contains("/") || value.contains("\\") || value.equals("..")) {
                throw invalid(csv + ":" + line + ": column '" + m.group(1) + "' is '" + value
                        + "', which cannot be part of a file name");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static DossierException invalid(String message) {
        return DossierException.input(ErrorCode.BATCH_INVALID, message);
    }
}
