package dev.dossier.core.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digest a snapshot records of its template, so a later render can tell the template changed. */
public final class TemplateDigest {

    private TemplateDigest() {
    }

    /** 64 lower-case hex digits of the file's SHA-256; empty when the file cannot be read. */
    public static String of(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256", e);
        }
    }
}
