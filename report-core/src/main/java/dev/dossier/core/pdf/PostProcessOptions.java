package dev.dossier.core.pdf;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link PdfPostProcessor} does to a PDF: fix its dates, make it reproducible, encrypt it,
 * and set its metadata.
 *
 * <p>Encryption is AES-256 (security handler revision 6) and happens when either password is
 * given: with only a user password the owner password is a random one (nobody can then lift
 * the restrictions); with only an owner password the user password is empty (the PDF opens
 * without a password, restricted to {@code permissions}). An encrypted PDF is never
 * byte-identical across runs, even with {@code deterministic}: AES-256 uses a fresh random file
 * key, salts and initialisation vectors each time. PDF/A forbids encryption.
 *
 * @param fixedDate     the instant written as creation and modification date (Info and XMP);
 *                      null keeps the PDF's own dates, unless {@code deterministic} (then 1970-01-01T00:00:00Z)
 * @param deterministic whether identical input content must give identical bytes: font subset
 *                      prefixes and the trailer {@code /ID} are derived from the content
 * @param userPassword  the password needed to open the PDF; null for none
 * @param ownerPassword the password that lifts the restrictions; null for a random one when encrypting
 * @param permissions   what a user-password reader may do when encrypted; null means all of them
 * @param metadata      metadata to write; null changes nothing
 * @param archival      the PDF/A level to declare and add an sRGB output intent for (part 2 and up);
 *                      null keeps the input's claim
 * @param accessible    whether to declare PDF/UA-1 in the XMP; the input must be tagged to meet it
 * @since 0.1
 */
public record PostProcessOptions(Instant fixedDate, boolean deterministic, String userPassword, String ownerPassword,
                                 Set<Permission> permissions, Metadata metadata, PdfAClaim archival,
                                 boolean accessible) {

    public PostProcessOptions {
        permissions = permissions == null ? Permission.all() : Set.copyOf(permissions);
        metadata = metadata == null ? Metadata.keep() : metadata;
        userPassword = emptyToNull(userPassword);
        ownerPassword = emptyToNull(ownerPassword);
    }

    /** Options that change nothing but re-save the PDF. */
    public static PostProcessOptions defaults() {
        return new PostProcessOptions(null, false, null, null, null, null, null, false);
    }

    /**
     * Options for a run that is reproducible when asked with {@code --deterministic} or when the
     * environment sets {@code SOURCE_DATE_EPOCH}; the dates then come from that variable (seconds
     * since 1970-01-01 UTC), else from 1970-01-01.
     */
    public static PostProcessOptions forRun(boolean deterministic) {
        return forRun(deterministic, System.getenv("SOURCE_DATE_EPOCH"));
    }

    /**
     * Like {@link #forRun(boolean)} with the value of {@code SOURCE_DATE_EPOCH} given.
     *
     * @param sourceDateEpoch seconds since the epoch, or null when unset
     * @throws DossierException INPUT {@code DOS-SOURCE-DATE-EPOCH} when the value is not a whole number of seconds
     */
    public static PostProcessOptions forRun(boolean deterministic, String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return new PostProcessOptions(deterministic ? Instant.EPOCH : null, deterministic, null, null, null, null, null,
                    false);
        }
        if (!sourceDateEpoch.strip().matches("\\d{1,12}")) {
            throw DossierException.input(ErrorCode.SOURCE_DATE_EPOCH,
                    "SOURCE_DATE_EPOCH='" + sourceDateEpoch + "' is not a number of seconds since 1970-01-01 UTC");
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        return new PostProcessOptions(at, true, null, null, null, null, null, false);
    }

    /** These options with the given metadata. */
    public PostProcessOptions withMetadata(Metadata m) {
        return new PostProcessOptions(fixedDate, deterministic, userPassword, ownerPassword, permissions, m, archival,
                accessible);
    }

    /** These options with encryption: either password may be null (see the type's description). */
    public PostProcessOptions withPasswords(String user, String owner, Set<Permission> granted) {
        return new PostProcessOptions(fixedDate, deterministic, user, owner, granted, metadata, archival, accessible);
    }

    /** These options declaring PDF/A {@code claim} (null: keep the input's) and, when asked, PDF/UA-1. */
    public PostProcessOptions withConformance(PdfAClaim claim, boolean pdfua) {
        return new PostProcessOptions(fixedDate, deterministic, userPassword, ownerPassword, permissions, metadata, claim,
                pdfua);
    }

    /**
     * Whether the output will be encrypted: when a password is given, or when permissions are
     * limited (then the PDF opens without a password, with those limits, under a random owner password).
     */
    public boolean encrypts() {
        return userPassword != null || ownerPassword != null || !permissions.equals(Permission.all());
    }

    /** The dates to write: {@link #fixedDate}, or the epoch for a deterministic run without one; null to keep. */
    Instant effectiveDate() {
        return fixedDate != null ? fixedDate : deterministic ? Instant.EPOCH : null;
    }

    Set<Permission> grantedPermissions() {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public String toString() {
        return "PostProcessOptions[fixedDate=" + fixedDate + ", deterministic=" + deterministic
                + ", encrypted=" + encrypts() + ", permissions=" + permissions + ", metadata=" + metadata + "]";
    }
}
