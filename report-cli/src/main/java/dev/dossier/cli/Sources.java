package dev.dossier.cli;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.text.DidYouMean;

/** Looks up the source a command names, with the reason when there is none. */
final class Sources {

    private Sources() {
    }

    /**
     * @throws DossierException INPUT {@code DOS-PLUGIN-DUPLICATE} when two plugins claim the id,
     *                          {@code DOS-TEMPLATE-UNKNOWN-SOURCE} with a suggestion and why it did not load otherwise
     */
    static LoadedProvider find(ProviderRegistry registry, String id) {
        return registry.find(id).orElseThrow(() -> registry.duplicate(id)
                .map(why -> DossierException.input(ErrorCode.PLUGIN_DUPLICATE, why))
                .orElseGet(() -> {
                    var ids = registry.providers().stream().map(LoadedProvider::id).toList();
                    return DossierException.input(ErrorCode.TEMPLATE_UNKNOWN_SOURCE, "unknown source '" + id + "'"
                            + DidYouMean.hint(id, ids) + "; available: " + String.join(", ", ids) + registry.whyMissing(id));
                }));
    }
}
