package dev.dossier.scheduler;

/**
 * What a schedule does with fire times that passed while no scheduler was running.
 *
 * <p>Either way each missed fire time is recorded in the history as {@code missed}; there is
 * never a burst of catch-up runs.
 */
public enum Misfire {
    /** One edition for the whole missed window, stamped with its latest fire time (the default). */
    ONCE,
    /** No edition for the missed window; the schedule resumes at its next fire time. */
    SKIP
}
