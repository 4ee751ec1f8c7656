package dev.dossier.bench;

import dev.dossier.core.ReportEngine;
import dev.dossier.core.config.DossierConfig;
import dev.dossier.core.source.ProviderRegistry;

import java.util.List;

/** The engine every benchmark shares, set up as the command line sets it up (built-in providers, installed themes). */
final class Engines {

    private Engines() {
    }

    static ReportEngine standard() {
        return new ReportEngine(ProviderRegistry.discover(List.of()), DossierConfig.themeFolders());
    }
}
