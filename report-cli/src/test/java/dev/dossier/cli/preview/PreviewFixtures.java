package dev.dossier.cli.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small template reading a CSV file beside it, written (and rewritten) the way an editor saves it. */
public final class PreviewFixtures {

    /** The template line holding the table's columns, where a mistyped column is reported. */
    public static final int COLUMNS_LINE = 7;

    private PreviewFixtures() {
    }

    /** Writes {@code dir/t.yaml} (and {@code dir/invest.csv} when missing) with this title and second table column. */
    public static Path template(Path dir, String title, String column) throws IOException {
        Path csv = dir.resolve("invest.csv");
        if (!Files.exists(csv)) {
            data(dir, "9.3");
        }
        Path t = dir.resolve("t.yaml");
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(t, "title: " + title + "\n"
                + "theme: " + theme + "\n"
                + "sources:\n"
                + "  csv: { file: invest.csv, dataset: investment, columns: \"country:string, usd_billion:money:USD billion\", title: \"Survey (2025)\" }\n"
                + "sections:\n"
                + "  - title: Investment\n"
                + "    blocks: [ { table: { data: csv/investment, columns: [country, " + column + "] } } ]\n");
        return t;
    }

    /** Writes {@code dir/invest.csv} with China's figure. */
    public static Path data(Path dir, String china) throws IOException {
        return Files.writeString(dir.resolve("invest.csv"), "country,usd_billion\nChina," + china + "\nUnited States,109.1\n");
    }
}
