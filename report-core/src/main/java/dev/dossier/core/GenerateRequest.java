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
 */
public record GenerateRequest(Path template, Path output, Map<String, String> parameters, String theme,
                              boolean deterministic) {

    public GenerateRequest {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
