package dev.dossier.sources.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Warnings of one file, kept short: the first {@value #SHOWN} lines in full, then a count, so
 * a file with a NaN in every row does not bury the run's output.
 */
final class Warnings {

    static final int SHOWN = 5;

    private final List<String> shown = new ArrayList<>();
    private int more;

    void add(String line) {
        if (shown.size() < SHOWN) {
            shown.add(line);
        } else {
            more++;
        }
    }

    /** The lines so far, with "… and N more" when some were left out. */
    List<String> lines() {
        List<String> out = new ArrayList<>(shown);
        if (more > 0) {
            out.add("… and " + more + " more value" + (more == 1 ? "" : "s") + " read as missing in the same file");
        }
        return List.copyOf(out);
    }
}
