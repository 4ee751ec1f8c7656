package dev.dossier.sources.derive;

/** A recipe or brief file that cannot be turned into a dataset; the message names the file and the entry. */
public class DerivationException extends RuntimeException {
    public DerivationException(String message, Throwable cause) {
        super(message, cause);
    }
}
