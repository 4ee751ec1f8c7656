package dev.dossier.core.pdf;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Rewrites a PDF that OpenPDF wrote: sets its metadata (Info dictionary, XMP and {@code /Lang},
 * kept in agreement), fixes its dates, makes it byte-reproducible and encrypts it, as
 * {@link PostProcessOptions} asks.
 *
 * <p>Reproducible output: with {@link PostProcessOptions#deterministic()} the creation and
 * modification dates (Info and XMP) are set to {@link PostProcessOptions#fixedDate()} (the epoch
 * when null), every font subset tag ({@code ABCDEF+Name}) is derived from the subset's font
 * program, and the trailer {@code /ID} from a hash of the saved file. Two OpenPDF renderings of
 * the same content then post-process to identical bytes, unless encrypted.
 *
 * <p>PDF/A: a claim found in the input's XMP ({@code pdfaid:part}, {@code pdfaid:conformance})
 * is carried into the rewritten XMP, and the file is saved with a classic cross-reference table
 * and no object streams, which PDF/A-1 requires. Other files are saved with object streams.
 *
 * <p>The input is read completely before anything is written to {@code out}, so the output may
 * even replace the input file (through {@link dev.dossier.core.output.AtomicOutput}). The caller
 * closes {@code out}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PdfPostProcessor {

    private PdfPostProcessor() {
    }

    /**
     * Post-processes the PDF at {@code input} into {@code out}.
     *
     * @throws DossierException INPUT {@code DOS-FILE-NOT-FOUND} when the file is missing,
     *                          {@code DOS-PDF-UNREADABLE} when it is not a PDF, {@code DOS-PDF-PASSWORD}
     *                          when it is already encrypted, {@code DOS-PDFA-ENCRYPTION} when it claims
     *                          PDF/A and a password is given; FAILURE {@code DOS-OUTPUT} when writing fails
     */
    public static void process(Path input, OutputStream out, PostProcessOptions options) {
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw DossierException.input(ErrorCode.FILE_NOT_FOUND, input + ": no such file");
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.FILE_UNREADABLE, input + ": cannot be read (" + e.getMessage() + ")");
        }
        process(pdf, input.toString(), out, options);
    }

    /**
     * Post-processes a PDF file that may be larger than the heap: the file is read lazily and
     * PDFBox buffers streams in temporary files, not in memory. {@code input} must not be the
     * file {@code out} writes to.
     *
     * @throws DossierException as {@link #process(Path, OutputStream, PostProcessOptions)}
     */
    public static void processLarge(Path input, String name, OutputStream out, PostProcessOptions options) {
        try (PDDocument doc = PdfFiles.loadLarge(input, name)) {
            process(doc, name, out, options);
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.OUTPUT, name + ": cannot be post-processed (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Post-processes a PDF held in memory (for example rendered into a {@code ByteArrayOutputStream}).
     *
     * @param name how messages name the PDF, such as its intended file name
     * @throws DossierException as {@link #process(Path, OutputStream, PostProcessOptions)}
     */
    public static void process(byte[] pdf, String name, OutputStream out, PostProcessOptions options) {
        try (PDDocument doc = PdfFiles.load(pdf, name, null)) {
            process(doc, name, out, options);
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.OUTPUT, name + ": cannot be post-processed (" + e.getMessage() + ")", e);
        }
    }

    private static void process(PDDocument doc, String name, OutputStream out, PostProcessOptions options) throws IOException {
        if (doc.isEncrypted()) {
            throw DossierException.input(ErrorCode.PDF_PASSWORD, name + ": is already encrypted; post-process it before encrypting");
        }
        Optional<PdfAClaim> claim = options.archival() != null ? Optional.of(options.archival()) : PdfAClaim.of(doc);
        if (claim.isPresent() && options.encrypts()) {
            throw DossierException.input(ErrorCode.PDFA_ENCRYPTION, name + ": claims " + claim.get().label()
                    + ", which forbids encryption; drop the password or the PDF/A option");
        }
        Instant date = options.effectiveDate();
        if (options.archival() != null && options.archival().part() >= 2) {
            PdfA.addSrgbOutputIntent(doc);
        }
        MetadataWriter.write(doc, options.metadata(), date, claim, options.accessible());
        LinkTags.apply(doc); // before destinations are inlined: it reads their names
        DirectDestinations.inline(doc);
        CompressParameters compression = claim.isPresent()
                ? CompressParameters.NO_COMPRESSION : CompressParameters.DEFAULT_COMPRESSION;
        if (options.deterministic()) {
            SubsetPrefixes.stabilise(doc);
        }
        if (options.encrypts()) {
            Protection.apply(doc, options);
            doc.save(out, compression);
        } else if (options.deterministic()) {
            StableSave.save(doc, out, compression);
        } else {
            doc.save(out, compression);
        }
    }
}
