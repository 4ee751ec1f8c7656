package dev.dossier.sources.contract;

import dev.dossier.api.DataSourceProvider;
import dev.dossier.sources.patents.PatentsProvider;
import dev.dossier.testkit.DataSourceProviderContract;

/** The built-in 'patents' source meets the plugin contract every data source must meet. */
class PatentsContractTest extends DataSourceProviderContract {

    @Override
    protected DataSourceProvider provider() {
        return new PatentsProvider();
    }
}
