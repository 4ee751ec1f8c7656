package dev.dossier.sources.contract;

import dev.dossier.api.DataSourceProvider;
import dev.dossier.sources.chips.ChipsProvider;
import dev.dossier.testkit.DataSourceProviderContract;

/** The built-in 'chips' source meets the plugin contract every data source must meet. */
class ChipsContractTest extends DataSourceProviderContract {

    @Override
    protected DataSourceProvider provider() {
        return new ChipsProvider();
    }
}
