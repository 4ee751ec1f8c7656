package dev.dossier.sources.contract;

import dev.dossier.api.DataSourceProvider;
import dev.dossier.sources.csv.CsvProvider;
import dev.dossier.testkit.DataSourceProviderContract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The generic 'csv' source meets the plugin contract with a user's file, and refuses bad options. */
class CsvContractTest extends DataSourceProviderContract {

    private static final Map<String, String> GOOD = Map.of(
            "file", "investment.csv",
            "dataset", "investment",
            "columns", "country:string, year:year, usd_billion:money:USD billion",
            "title", "Stanford AI Index 2025 – Economy chapter");

    @Override
    protected DataSourceProvider provider() {
        return new CsvProvider();
    }

    @Override
    protected Map<String, String> options() {
        return GOOD;
    }

    @Override
    protected Path baseDirectory() {
        return Path.of("src/test/resources/contract");
    }

    @Override
    protected List<Map<String, String>> badOptions() {
        return List.of(
                with("file", "missing.csv"),
                with("columns", "country:text"),
                with("delimiter", "##"));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> m = new java.util.HashMap<>(GOOD);
        m.put(key, value);
        return m;
    }
}
