package dev.dossier.core.pdf;

import org.apache.pdfbox.pdmodel.encryption.AccessPermission;

import java.util.Collection;
import java.util.Set;

/**
 * What a reader who opens an encrypted PDF with the user password (or with no password) may do.
 *
 * <p>Permissions only take effect when the PDF is encrypted; whoever knows the owner password
 * may do everything. Viewers honour them, they are not a technical barrier.
 *
 * @since 0.1
 */
public enum Permission {
    /** Print the document, at full quality. */
    PRINT,
    /** The same as {@link #PRINT} (kept for the PDF's own name of the full-quality print right). */
    PRINT_FAITHFUL,
    /** Copy or extract text and images. */
    COPY,
    /** Extract text for accessibility tools such as screen readers; always granted, whatever is listed. */
    ACCESSIBILITY,
    /** Change the content. */
    MODIFY,
    /** Add or change annotations and comments. */
    ANNOTATE,
    /** Fill in form fields. */
    FILL_FORMS,
    /** Insert, delete and rotate pages, create bookmarks. */
    ASSEMBLE;

    /** Every permission: the default for encrypted output. */
    public static Set<Permission> all() {
        return Set.of(values());
    }

    /** The PDFBox permission set granting exactly {@code granted}. */
    static AccessPermission toAccessPermission(Collection<Permission> granted) {
        AccessPermission ap = new AccessPermission();
        // "print" means printing as readers expect it, at full quality; screen readers are never locked out
        ap.setCanPrint(granted.contains(PRINT) || granted.contains(PRINT_FAITHFUL));
        ap.setCanPrintFaithful(granted.contains(PRINT) || granted.contains(PRINT_FAITHFUL));
        ap.setCanExtractContent(granted.contains(COPY));
        ap.setCanExtractForAccessibility(true);
        ap.setCanModify(granted.contains(MODIFY));
        ap.setCanModifyAnnotations(granted.contains(ANNOTATE));
        ap.setCanFillInForm(granted.contains(FILL_FORMS));
        ap.setCanAssembleDocument(granted.contains(ASSEMBLE));
        return ap;
    }
}
