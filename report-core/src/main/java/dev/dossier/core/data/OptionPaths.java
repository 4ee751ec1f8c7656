package dev.dossier.core.data;

import dev.dossier.core.template.ReportDefinition;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The files and folders a template's source options name ({@code file: data/a.csv},
 * {@code data-dir: my-data}): what a source may read from disk, so a live preview knows what to
 * watch and which stored datasets a saved file makes stale.
 *
 * <p>A value counts when, resolved against the template's folder, it names an existing file or
 * folder; URLs, numbers and other values never do.
 */
public final class OptionPaths {

    private OptionPaths() {
    }

    /** Every existing file or folder named by any source option of {@code def}; absolute, normalised. */
    public static Set<Path> of(ReportDefinition def) {
        Set<Path> paths = new LinkedHashSet<>();
        for (String source : def.sourceOptions().keySet()) {
            paths.addAll(of(def.optionsFor(source), def.baseDirectory()));
        }
        return paths;
    }

    /** Every existing file or folder named by one source's option values, resolved against {@code base}. */
    public static Set<Path> of(Map<String, String> options, Path base) {
        Set<Path> paths = new LinkedHashSet<>();
        for (String value : options.values()) {
            if (value == null || value.isBlank() || value.contains("://")) {
                continue;
            }
            try {
                Path p = base.resolve(value.strip()).toAbsolutePath().normalize();
                if (Files.exists(p)) {
                    paths.add(p);
                }
            } catch (InvalidPathException e) {
                // not a path: the option means something else
            }
        }
        return paths;
    }

    /** Whether {@code changed} is one of {@code named} or lies in a folder among them. */
    public static boolean touches(Set<Path> named, Path changed) {
        Path c = changed.toAbsolutePath().normalize();
        return named.stream().anyMatch(c::startsWith);
    }
}
