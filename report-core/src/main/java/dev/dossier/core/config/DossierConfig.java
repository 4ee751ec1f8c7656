package dev.dossier.core.config;

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
 * Settings read from a configuration file, so plugin folders need not be repeated on every
 * command; shared by every front end (the command line, the scheduler).
 *
 * <p>The file is {@code DOSSIER_CONFIG} if set, else {@code .dossier.yaml} in the working
 * folder, else {@code $XDG_CONFIG_HOME/dossier/config.yaml} (by default under {@code ~/.config}).
 * It may hold {@code plugins: [DIR, …]}; relative folders resolve against the file's folder.
 *
 * @param file    the file read, or null when there is none
 * @param plugins plugin folders, absolute
 */
public record DossierConfig(Path file, List<Path> plugins) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record FileShape(List<String> plugins) {
    }

    /** The configuration in effect, or an empty one when no file exists. */
    public static DossierConfig load(Map<String, String> env) {
        Path file = locate(env);
        if (file == null) {
            return new DossierConfig(null, List.of());
        }
        try {
            FileShape shape = YAML.readValue(file.toFile(), FileShape.class);
            List<Path> dirs = new ArrayList<>();
            Path base = file.toAbsolutePath().getParent();
            if (shape != null && shape.plugins() != null) {
                shape.plugins().forEach(p -> dirs.add(base.resolve(p).normalize()));
            }
            return new DossierConfig(file, List.copyOf(dirs));
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

    /**
     * Plugin folders in effect: {@code explicit} ones (the command line's {@code --plugins}), then
     * {@code DOSSIER_PLUGINS} (separated by the platform's path separator), then this file's; absolute, without repeats.
     */
    public List<Path> pluginFolders(List<Path> explicit, Map<String, String> env) {
        List<Path> dirs = new ArrayList<>(explicit);
        String fromEnv = env.get("DOSSIER_PLUGINS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            for (String p : fromEnv.split(java.io.File.pathSeparator)) {
                if (!p.isBlank()) {
                    dirs.add(Path.of(p));
                }
            }
        }
        dirs.addAll(plugins);
        return dirs.stream().map(d -> d.toAbsolutePath().normalize()).distinct().toList();
    }

    /**
     * Folders searched for themes named without a path (after the template's own {@code themes/}):
     * {@code templates/themes} of the working folder, then of the Dossier installation, so the
     * bundled themes work for templates anywhere.
     */
    public static List<Path> themeFolders() {
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of("templates", "themes").toAbsolutePath());
        Installation.home().map(h -> h.resolve("templates").resolve("themes")).ifPresent(folders::add);
        return folders.stream().distinct().toList();
    }
}
