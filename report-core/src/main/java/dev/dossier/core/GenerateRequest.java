package dev.dossier.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * What to generate.
 *
 * @param template      the template file
 * @param output        the PDF to write; replaced only when the run succeeds
 * @param parameters    overrides of the template's parameters ({@code -p KEY=VALUE})
 * @param theme         a theme name or file overriding the template's; null to keep it
 * @param deterministic whether the output must be byte-identical across runs with the same inputs
 * @param pdfa          whether to write PDF/A-1b (archival: every font embedded, sRGB output intent, XMP)
 * @param protection    passwords and permissions for AES-256 encryption; null for an unencrypted PDF
 */
public record GenerateRequest(Path template, Path output, Map<String, String> parameters, String theme,
                              boolean deterministic, boolean pdfa, Protection protection) {

    /**
     * Passwords and permissions of an encrypted PDF.
     *
     * @param userPassword  needed to open the PDF; null or empty opens without one (restricted by permissions)
     * @param ownerPassword lifts the restrictions; null for a random one
     * @param permissions   what a reader with the user password may do; null for everything
     */
    public record Protection(String userPassword, String ownerPassword,
                             java.util.Set<dev.dossier.core.pdf.Permission> permissions) {
        @Override
        public String toString() {
            return "Protection[passwords hidden, permissions=" + permissions + "]";
        }
    }

    public GenerateRequest {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** A plain request: no determinism, PDF/A or encryption. */
    public GenerateRequest(Path template, Path output, Map<String, String> parameters, String theme, boolean deterministic) {
        this(template, output, parameters, theme, deterministic, false, null);
    }
}
