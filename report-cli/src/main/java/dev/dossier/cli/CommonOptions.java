package dev.dossier.cli;

import dev.dossier.core.config.DossierConfig;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.source.ProviderRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Options every subcommand shares: plugin folders and verbosity. */
final class CommonOptions {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder of plugin jars (repeatable; also DOSSIER_PLUGINS, ${sys:path.separator}-separated, "
                    + "and 'plugins:' in .dossier.yaml or ~/.config/dossier/config.yaml).")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a single call into a data source may take (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Mixin
    Verbosity verbosity = new Verbosity();

    /** Plugin folders from the command line, then from {@code DOSSIER_PLUGINS}, then from the configuration file. */
    List<Path> pluginDirs() {
        Logging.configure(verbosity.verbose);
        return DossierConfig.load(System.getenv()).pluginFolders(plugins, System.getenv());
    }

    /** The {@code --timeout}: bounds plugin loading as a whole and each call into a source. */
    Duration timeout() {
        if (timeoutSeconds <= 0) {
            throw DossierException.input(ErrorCode.USAGE, "--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The built-in and plugin providers, found within the timeout; warnings are printed unless quiet. */
    ProviderRegistry registry() {
        ProviderRegistry registry = ProviderRegistry.discover(ProviderRegistry.class.getClassLoader(), pluginDirs(), timeout());
        if (!verbosity.quiet) {
            registry.warnings().forEach(w -> System.err.println("warning: " + w));
        }
        return registry;
    }

    /** An engine over the built-in and plugin providers, reporting progress on stderr unless quiet, warnings always. */
    ReportEngine engine() {
        ReportEngine engine = new ReportEngine(registry(), DossierConfig.themeFolders()).withSourceTimeout(timeout());
        // Warnings (a value read as missing, a glyph no font has) show even when quiet: they change the report.
        return engine.withProgress(line -> {
            if (!verbosity.quiet) {
                System.err.println("dossier: " + line);
            } else if (line.startsWith("warning: ")) {
                System.err.println(line);
            }
        });
    }
}
