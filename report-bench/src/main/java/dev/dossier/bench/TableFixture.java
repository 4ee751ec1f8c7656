package dev.dossier.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The benchmark table on disk: a generated CSV of {@code rows} rows and five columns, and a
 * Dossier template that prints it as one table. All three renderers read the same CSV file, so
 * each pays for reading and parsing its data.
 */
public final class TableFixture implements AutoCloseable {

    /** The CSV header; the raw OpenPDF and JasperReports tables print these as column headings. */
    public static final String[] COLUMNS = {"item", "region", "year", "units", "amount"};

    private static final String[] REGIONS = {"North", "South", "East", "West", "Central"};

    private final Path dir;
    private final Path csv;
    private final Path template;

    private TableFixture(Path dir, Path csv, Path template) {
        this.dir = dir;
        this.csv = csv;
        this.template = template;
    }

    /** Writes the CSV and the template into a fresh temporary folder. */
    public static TableFixture create(int rows) {
        try {
            Path dir = Files.createTempDirectory("dossier-bench");
            Path csv = dir.resolve("rows.csv");
            try (BufferedWriter out = Files.newBufferedWriter(csv)) {
                out.write(String.join(",", COLUMNS));
                out.write('\n');
                for (int i = 1; i <= rows; i++) {
                    out.write("Item " + i + ',' + REGIONS[i % REGIONS.length] + ',' + (2000 + i % 26) + ','
                            + (i * 7 % 1000) + ',' + (i % 997) + '.' + (i % 10) + '\n');
                }
            }
            Path template = dir.resolve("table.yaml");
            Files.writeString(template, """
                    title: Benchmark table
                    theme: dossier
                    sources:
                      csv:
                        file: rows.csv
                        dataset: items
                        columns: "item:string, region:string, year:year, units:integer, amount:money:USD billion"
                        title: "Generated rows"
                    sections:
                      - title: Table
                        blocks:
                          - table: { data: csv/items }
                    """);
            return new TableFixture(dir, csv, template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path csv() {
        return csv;
    }

    public Path template() {
        return template;
    }

    /** A path in the fixture's folder for a renderer's output. */
    public Path output(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
