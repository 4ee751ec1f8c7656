/**
 * The finished PDF: post-processing with PDFBox (metadata in Info and XMP, reproducible bytes,
 * AES-256 encryption), the PDF/A output intent for OpenPDF, and reading PDFs back (inspection
 * and PNG page previews).
 *
 * <p>Entry points: {@link dev.dossier.core.pdf.PdfPostProcessor} with
 * {@link dev.dossier.core.pdf.PostProcessOptions}; {@link dev.dossier.core.pdf.PdfA} while
 * OpenPDF writes; {@link dev.dossier.core.pdf.PdfInspector} and
 * {@link dev.dossier.core.pdf.PagePreviewer} for existing files. Errors are
 * {@link dev.dossier.core.error.DossierException}s whose codes are explained in {@code docs/errors.md}.
 */
package dev.dossier.core.pdf;
