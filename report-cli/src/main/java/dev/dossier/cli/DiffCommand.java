package dev.dossier.cli;

import dev.dossier.core.data.EditionCutoff;
import dev.dossier.core.edition.Changes;
import dev.dossier.core.edition.ChangesJson;
import dev.dossier.core.edition.ChangesText;
import dev.dossier.core.edition.EditionComparison;
import dev.dossier.core.edition.Snapshot;
import dev.dossier.core.edition.SnapshotJson;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code dossier diff OLD.snapshot.json NEW.snapshot.json [--json]}: what changed between two
 * editions, from their snapshots alone (no source is called).
 *
 * <p>Text is one change per line, numbers formatted for {@code --locale}, else the newer edition's
 * {@code locale} parameter, else en-US. Exit 0 whether or not anything changed; 2 with
 * {@code DOS-SNAPSHOT-INVALID}, {@code DOS-SNAPSHOT-VERSION} or {@code DOS-FILE-NOT-FOUND} when a
 * file is not a snapshot this version reads.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed between two editions' snapshots: KPI figures, rows added, removed and changed, sources.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD.snapshot.json", description = "The previous edition's snapshot.")
    Path previous;

    @Parameters(index = "1", paramLabel = "NEW.snapshot.json", description = "The current edition's snapshot.")
    Path current;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Format numbers and dates for this language tag (default: the new edition's locale parameter, else en-US).")
    String locale;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Override
    public Integer call() throws Exception {
        // dated by their period, older snapshots (which hold the day they ran) included
        Snapshot before = EditionCutoff.redate(SnapshotJson.read(previous));
        Snapshot after = EditionCutoff.redate(SnapshotJson.read(current));
        Changes changes = EditionComparison.compare(before, after);
        if (json) {
            ChangesJson.write(changes, System.out);
            System.out.flush();
            return 0;
        }
        String from = edition(before, previous);
        System.out.println(Character.toUpperCase(from.charAt(0)) + from.substring(1) + " → " + edition(after, current));
        new ChangesText(locale(after)).lines(changes).forEach(System.out::println);
        return 0;
    }

    /** "edition 2025-Q4 of 2025-12-01 (FILE)": named by its edition parameter where it has one. */
    private static String edition(Snapshot snapshot, Path file) {
        String name = snapshot.parameters().getOrDefault("edition", "");
        LocalDate date = snapshot.editionDate();
        String when = date == null ? "" : "of " + date;
        String label = name.isEmpty() ? (date == null ? "undated edition" : "edition " + when) : "edition " + name
                + (date == null ? "" : " " + when);
        return label + " (" + file + ")";
    }

    private Locale locale(Snapshot s) {
        String tag = locale != null ? locale : s.parameters().getOrDefault("locale", "en-US");
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw DossierException.input(locale != null ? ErrorCode.USAGE : ErrorCode.PARAM_LOCALE,
                    "'" + tag + "' is not a language tag such as en-US or de-DE");
        }
    }
}
