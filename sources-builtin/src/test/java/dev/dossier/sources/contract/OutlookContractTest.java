package dev.dossier.sources.contract;

import dev.dossier.api.DataSourceProvider;
import dev.dossier.sources.outlook.OutlookProvider;
import dev.dossier.testkit.DataSourceProviderContract;

/** The built-in 'outlook' source meets the plugin contract every data source must meet. */
class OutlookContractTest extends DataSourceProviderContract {

    @Override
    protected DataSourceProvider provider() {
        return new OutlookProvider();
    }
}
