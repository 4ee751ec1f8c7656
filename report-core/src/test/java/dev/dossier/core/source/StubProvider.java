package dev.dossier.core.source;

import dev.dossier.api.DataSource;
import dev.dossier.api.DossierApi;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import java.util.List;

/** An in-process provider for tests, with id {@code stub}, whose options and {@code open} are given. */
final class StubProvider implements DataSourceProvider {

    interface Opener {
        DataSource open(SourceContext context) throws SourceException;
    }

    private final List<DatasetDescriptor> datasets;
    private final List<OptionDescriptor> options;
    private final Opener opener;

    StubProvider(List<DatasetDescriptor> datasets, List<OptionDescriptor> options, Opener opener) {
        this.datasets = datasets;
        this.options = options;
        this.opener = opener;
    }

    static LoadedProvider loaded(List<DatasetDescriptor> datasets, List<OptionDescriptor> options, Opener opener) {
        return new LoadedProvider(new StubProvider(datasets, options, opener), LoadedProvider.BUILT_IN, "1.0");
    }

    @Override
    public String apiVersion() {
        return DossierApi.VERSION;
    }

    @Override
    public String id() {
        return "stub";
    }

    @Override
    public List<DatasetDescriptor> datasets() {
        return datasets;
    }

    @Override
    public List<OptionDescriptor> options() {
        return options;
    }

    @Override
    public DataSource open(SourceContext context) throws SourceException {
        return opener.open(context);
    }
}
