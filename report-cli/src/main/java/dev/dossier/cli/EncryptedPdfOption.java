package dev.dossier.cli;

import picocli.CommandLine.Option;

/** The password of an encrypted PDF that a command reads. */
final class EncryptedPdfOption {

    @Option(names = "--password", paramLabel = "PW", interactive = true, arity = "0..1",
            description = "Password of an encrypted PDF (asked for when given without a value).")
    String password;
}
