package dev.dossier.cli.preview;

import java.util.List;

/**
 * What the preview page shows after a render: the last good rendering, and the error of the
 * latest render when it failed (the good rendering stays beneath it).
 *
 * @param version  increases with every render, good or failed; the page reloads its state when it changes
 * @param template the template file, as given
 * @param good     the latest successful rendering; null when none has succeeded yet
 * @param error    the latest render's error; null when it succeeded
 */
record PreviewState(int version, String template, Rendering good, Problem error) {

    /**
     * Why a render failed.
     *
     * @param code    the error code, as {@link dev.dossier.core.error.DossierException#code()} gives it
     * @param message one line, starting with file:line:column where the error has a place
     * @param details further problems, one line each
     */
    record Problem(String code, String message, List<String> details) {
        Problem {
            details = List.copyOf(details);
        }
    }
}
