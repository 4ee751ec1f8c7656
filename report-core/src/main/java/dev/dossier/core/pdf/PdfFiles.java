package dev.dossier.core.pdf;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens PDFs for reading and turns what can go wrong into {@link DossierException}s a user can
 * act on. The caller closes the returned document; the file itself is never written.
 *
 * @since 0.1
 */
public final class PdfFiles {

    private PdfFiles() {
    }

    /**
     * Opens the PDF at {@code file}.
     *
     * @param password the user or owner password of an encrypted PDF; null or empty for none
     * @throws DossierException INPUT {@code DOS-FILE-NOT-FOUND} when the file is missing,
     *                          {@code DOS-FILE-UNREADABLE} when it cannot be read, {@code DOS-PDF-UNREADABLE}
     *                          when it is not a PDF, {@code DOS-PDF-PASSWORD} when it is encrypted and the
     *                          password is missing or wrong
     */
    public static PDDocument open(Path file, String password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DossierException.input(ErrorCode.FILE_NOT_FOUND, file + ": no such file");
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.FILE_UNREADABLE, file + ": cannot be read (" + e.getMessage() + ")");
        }
        return load(bytes, file.toString(), password);
    }

    /** Files up to this size are read into memory; above it, lazily from the file. */
    private static final long IN_MEMORY_LIMIT = 8L << 20;

    /**
     * Opens a PDF that Dossier itself just wrote: up to 8 MiB from memory (a short report then
     * costs no file seeks), a larger one read lazily with temporary-file buffers.
     */
    static PDDocument loadLarge(Path file, String name) {
        try {
            if (Files.size(file) <= IN_MEMORY_LIMIT) {
                return Loader.loadPDF(Files.readAllBytes(file));
            }
            // scratch buffers in this process's own folder, so a killed run's are found and removed by the next
            org.apache.pdfbox.io.MemoryUsageSetting buffers = org.apache.pdfbox.io.MemoryUsageSetting.setupTempFileOnly()
                    .setTempDir(dev.dossier.core.output.TempFiles.scratchFolder().toFile());
            return Loader.loadPDF(file.toFile(), buffers.streamCache);
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.PDF_UNREADABLE, name + ": is not a readable PDF (" + e.getMessage() + ")");
        }
    }

    static PDDocument load(byte[] bytes, String name, String password) {
        if (!looksLikePdf(bytes)) {
            throw DossierException.input(ErrorCode.PDF_UNREADABLE, name + ": is not a PDF (it does not start with %PDF-)");
        }
        try {
            return Loader.loadPDF(bytes, password == null ? "" : password);
        } catch (InvalidPasswordException e) {
            throw DossierException.input(ErrorCode.PDF_PASSWORD, name + (password == null || password.isEmpty()
                    ? ": is encrypted; give its password with --password" : ": the password is wrong"));
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.PDF_UNREADABLE, name + ": is not a readable PDF (" + e.getMessage() + ")");
        }
    }

    /** PDF files start with {@code %PDF-}, possibly after a little junk (the standard allows 1024 bytes). */
    private static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }
}
