package dev.dossier.sources.contract;

import dev.dossier.api.DataSourceProvider;
import dev.dossier.sources.funding.FundingProvider;
import dev.dossier.testkit.DataSourceProviderContract;

/** The built-in 'funding' source meets the plugin contract every data source must meet. */
class FundingContractTest extends DataSourceProviderContract {

    @Override
    protected DataSourceProvider provider() {
        return new FundingProvider();
    }
}
