package dev.dossier.sources.contract;

import dev.dossier.api.DataSourceProvider;
import dev.dossier.sources.companies.CompaniesProvider;
import dev.dossier.testkit.DataSourceProviderContract;

/** The built-in 'companies' source meets the plugin contract every data source must meet. */
class CompaniesContractTest extends DataSourceProviderContract {

    @Override
    protected DataSourceProvider provider() {
        return new CompaniesProvider();
    }
}
