package dev.dossier.core.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/** Encrypts a document with AES-256 (standard security handler, revision 6). */
final class Protection {

    static final int KEY_LENGTH = 256;

    private Protection() {
    }

    /** Applies the passwords and permissions of {@code options}, which must {@link PostProcessOptions#encrypts()}. */
    static void apply(PDDocument doc, PostProcessOptions options) throws IOException {
        String owner = options.ownerPassword() != null ? options.ownerPassword() : randomPassword();
        String user = options.userPassword() != null ? options.userPassword() : "";
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user,
                Permission.toAccessPermission(options.grantedPermissions()));
        policy.setEncryptionKeyLength(KEY_LENGTH);
        policy.setPreferAES(true);
        doc.protect(policy);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
