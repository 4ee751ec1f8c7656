package dev.dossier.sources.csv;

import dev.dossier.api.Row;
import dev.dossier.sources.GenericRead;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a CSV writer quotes (delimiters, quotes, line breaks inside values), with whichever of
 * the four delimiters and line ends, the csv source reads back the values that were written.
 */
class CsvQuotingProperties {

    record Written(String country, BigDecimal share) {
    }

    @Provide
    Arbitrary<List<Written>> rows() {
        Arbitrary<String> country = Arbitraries.strings()
                .withChars("abcXYZ019 ,;|\t\"\r\n'éü中-")
                .ofMinLength(1).ofMaxLength(12)
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("not found"));
        Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100000), BigDecimal.valueOf(100000))
                .ofScale(2);
        return Combinators.combine(country, share).as(Written::new).list().ofMinSize(1).ofMaxSize(15);
    }

    @Provide
    Arbitrary<String> delimiters() {
        return Arbitraries.of(",", ";", "\t", "|");
    }

    @Property(tries = 150)
    void quotedValuesReadBackAsWritten(@ForAll("rows") List<Written> rows, @ForAll("delimiters") String delimiter,
                                       @ForAll boolean crlf, @ForAll boolean quoteEverything, @ForAll boolean sniff)
            throws Exception {
        Path dir = Files.createTempDirectory("csv-property");
        try {
            String eol = crlf ? "\r\n" : "\n";
            StringBuilder csv = new StringBuilder("country").append(delimiter).append("share").append(eol);
            for (Written r : rows) {
                csv.append(field(r.country(), delimiter, quoteEverything)).append(delimiter)
                        .append(field(r.share().toPlainString(), delimiter, quoteEverything)).append(eol);
            }
            Files.writeString(dir.resolve("data.csv"), csv, StandardCharsets.UTF_8);
            List<Row> read = GenericRead.rows(new CsvProvider(), Map.of("file", "data.csv", "title", "Generated",
                    "columns", "country:string, share:decimal", "delimiter", sniff ? "auto" : delimiter), dir);
            assertThat(read).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(read.get(i).text("country")).isEqualTo(rows.get(i).country());
                assertThat((BigDecimal) read.get(i).get("share")).isEqualByComparingTo(rows.get(i).share());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** A field as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line break. */
    private static String field(String value, String delimiter, boolean always) {
        boolean needs = value.contains(delimiter) || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return always || needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
