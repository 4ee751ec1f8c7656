package dev.dossier.sources.derive;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file of the data brief ({@code ../shared/data/*.csv}) read as rows of column → text.
 *
 * <p>The first line is the header; cells are kept as written (no trimming, no number parsing).
 *
 * @param file the file read, for messages
 * @param header column names in file order
 * @param rows   rows in file order, each a map in header order
 */
record BriefTable(Path file, List<String> header, List<Map<String, String>> rows) {

    static BriefTable read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DerivationException(file + ": brief file not found", null);
        }
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it =
                     mapper.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
            while (it.hasNext()) {
                rows.add(new LinkedHashMap<>(it.next()));
            }
            CsvSchema read = (CsvSchema) it.getParserSchema();
            read.forEach(c -> header.add(c.getName()));
        } catch (IOException e) {
            throw new DerivationException(file + ": cannot read brief CSV: " + e.getMessage(), e);
        }
        return new BriefTable(file, List.copyOf(header), rows);
    }
}
