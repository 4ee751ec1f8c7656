package dev.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dossier.api.Column;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.source.LoadedProvider;
import dev.dossier.core.source.OpenedSource;
import dev.dossier.core.source.OptionValidator;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.source.SourceCalls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dossier rows SOURCE/DATASET [-o KEY=VALUE]… [--limit N] [--json]}: a dataset's columns,
 * first rows and sources, fetched exactly as a report would fetch them (options checked, each call
 * under the timeout, every row checked against the columns), without writing a template.
 */
@Command(name = "rows", mixinStandardHelpOptions = true,
        description = "Print a dataset's columns, rows and sources, fetched as a report would fetch them.")
final class RowsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE/DATASET", description = "The dataset, e.g. patents/families-by-country.")
    String ref;

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE",
            description = "A source option, as under 'sources:' in a template (repeatable; ${env:NAME} works).")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Most rows to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        int slash = ref.indexOf('/');
        if (slash <= 0 || slash == ref.length() - 1) {
            throw DossierException.input(ErrorCode.USAGE, "'" + ref + "' is not SOURCE/DATASET, e.g. patents/families-by-country");
        }
        if (limit < 0) {
            throw DossierException.input(ErrorCode.USAGE, "--limit must not be negative, not " + limit);
        }
        ProviderRegistry registry = common.registry();
        LoadedProvider provider = Sources.find(registry, ref.substring(0, slash));
        Path here = Path.of("").toAbsolutePath();
        var validated = OptionValidator.validate(provider, options, here);
        try (OpenedSource source = SourceCalls.open(provider, new SourceContext(validated, Map.of(), Locale.US, here), common.timeout())) {
            Dataset dataset = source.fetch(ref.substring(slash + 1));
            List<Row> rows = new ArrayList<>();
            boolean more;
            try (RowCursor cursor = dataset.rows()) {
                while (rows.size() < limit && cursor.hasNext()) {
                    rows.add(cursor.next());
                }
                more = cursor.hasNext();
            }
            if (json) {
                System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asMap(dataset, rows, more)));
            } else {
                print(dataset, rows, more);
            }
        } catch (SourceException e) {
            throw DossierException.failure(ErrorCode.SOURCE_FAILED, "source '" + provider.id() + "': " + e.getMessage(), e);
        }
        return 0;
    }

    private void print(Dataset dataset, List<Row> rows, boolean more) {
        DatasetDescriptor d = dataset.descriptor();
        System.out.println(ref + " — " + d.description());
        List<String[]> table = new ArrayList<>();
        table.add(d.columns().stream().map(Column::name).toArray(String[]::new));
        table.add(d.columns().stream().map(c -> c.type().id() + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")")).toArray(String[]::new));
        for (Row row : rows) {
            String[] cells = new String[d.columns().size()];
            for (int i = 0; i < cells.length; i++) {
                Object v = row.get(i);
                cells[i] = v == null ? "" : row.qualifier(i).symbol() + v + (row.isEstimated(i) ? " (est.)" : "");
            }
            table.add(cells);
        }
        int[] width = new int[d.columns().size()];
        table.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        });
        for (String[] r : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i == 0 ? "  " : "  ").append(String.format("%-" + width[i] + "s", r[i]));
            }
            System.out.println(line.toString().stripTrailing());
        }
        System.out.println(rows.size() + (rows.size() == 1 ? " row" : " rows") + (more ? " shown; more follow (raise --limit)" : ""));
        System.out.println("sources:");
        int n = 0;
        for (Provenance p : dataset.provenance()) {
            System.out.printf("  [%d] %s%s%s%s (%s)%n", ++n, p.title(), p.publisher().isEmpty() ? "" : ", " + p.publisher(),
                    p.asOf().isEmpty() ? "" : ", " + p.asOf(), p.url().isEmpty() ? "" : " " + p.url(), p.confidence());
        }
    }

    private Map<String, Object> asMap(Dataset dataset, List<Row> rows, boolean more) {
        DatasetDescriptor d = dataset.descriptor();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", ref);
        m.put("description", d.description());
        m.put("columns", JsonShapes.columns(d));
        List<Object> out = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < d.columns().size(); i++) {
                Object v = row.get(i);
                values.put(d.columns().get(i).name(), v instanceof LocalDate date ? date.toString() : v);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("values", values);
            r.put("source", row.provenance().title());
            r.put("confidence", row.provenance().confidence().toString());
            out.add(r);
        }
        m.put("rows", out);
        m.put("more", more);
        List<Object> sources = new ArrayList<>();
        for (Provenance p : dataset.provenance()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("title", p.title());
            s.put("publisher", p.publisher());
            s.put("url", p.url());
            s.put("asOf", p.asOf());
            s.put("confidence", p.confidence().toString());
            sources.add(s);
        }
        m.put("provenance", sources);
        return m;
    }
}
