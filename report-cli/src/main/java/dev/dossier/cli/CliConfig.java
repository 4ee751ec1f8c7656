package dev.dossier.cli;

import dev.dossier.core.error.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dossier.core.error.DossierException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings read from a configuration file, so plugin folders need not be repeated on every command.
 *
 * <p>The file is {@code DOSSIER_CONFIG} if set, else {@code .dossier.yaml} in the working
 * folder, else {@code $XDG_CONFIG_HOME/dossier/config.yaml} (by default under {@code ~/.config}).
 * It may hold {@code plugins: [DIR, …]}; relative folders resolve against the file's folder.
 *
 * @param file    the file read, or null when there is none
 * @param plugins plugin folders, absolute
 */
record CliConfig(Path file, List<Path> plugins) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record FileShape(List<String> plugins) {
    }

    /** The configuration in effect, or an empty one when no file exists. */
    static CliConfig load(Map<String, String> env) {
        Path file = locate(env);
        if (file == null) {
            return new CliConfig(null, List.of());
        }
        try {
            FileShape shape = YAML.readValue(file.toFile(), FileShape.class);
            List<Path> dirs = new ArrayList<>();
            Path base = file.toAbsolutePath().getParent();
            if (shape != null && shape.plugins() != null) {
                shape.plugins().forEach(p -> dirs.add(base.resolve(p).normalize()));
            }
            return new CliConfig(file, List.copyOf(dirs));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw DossierException.input(ErrorCode.CONFIG, file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": " + e.getOriginalMessage().split("\n")[0] + "; expected 'plugins: [DIR, …]'");
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.CONFIG, file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Path locate(Map<String, String> env) {
        String explicit = env.get("DOSSIER_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            if (!Files.isRegularFile(p)) {
                throw DossierException.input(ErrorCode.CONFIG, p + ": DOSSIER_CONFIG names no such file");
            }
            return p;
        }
        Path local = Path.of(".dossier.yaml");
        if (Files.isRegularFile(local)) {
            return local;
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path home = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        Path user = home.resolve("dossier").resolve("config.yaml");
        return Files.isRegularFile(user) ? user : null;
    }
}
