package dev.dossier.examples.talent;

import dev.dossier.api.SourceException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled {@code talent.csv} (header {@code metric,entity,period,value,unit,source_title,source,confidence,notes}).
 *
 * <p>A plugin keeps its dependencies few; the file is small and regular (RFC 4180 quoting, no
 * line breaks inside fields), so a few lines of parsing replace a CSV library.
 */
final class OutlookCsv {

    static final String RESOURCE = "talent.csv";
    private static final int FIELDS = 9;

    private OutlookCsv() {
    }

    /** @throws SourceException when the resource is missing or a line does not have nine fields */
    static List<OutlookRecord> read() throws SourceException {
        InputStream in = OutlookCsv.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new SourceException("talent-source jar is incomplete: " + RESOURCE + " is missing");
        }
        List<OutlookRecord> records = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() != FIELDS) {
                    throw new SourceException(RESOURCE + ":" + number + ": expected " + FIELDS + " fields, found " + f.size());
                }
                records.add(new OutlookRecord(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8)));
            }
        } catch (IOException e) {
            throw new SourceException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return records;
    }

    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
