package dev.dossier.api;

/**
 * Wraps a {@link SourceException} thrown while iterating a {@link RowCursor}, whose
 * {@code Iterator} methods cannot throw checked exceptions.
 *
 * @since 0.1
 */
public class UncheckedSourceException extends RuntimeException {

    public UncheckedSourceException(SourceException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SourceException getCause() {
        return (SourceException) super.getCause();
    }
}
