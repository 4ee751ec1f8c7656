package dev.dossier.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.OptionDescriptor;
import dev.dossier.api.OptionType;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The contract run, through the JUnit launcher, on a provider that breaks it: it states a newer
 * API, hangs on every fetch and quotes its secret option in errors. The kit must fail those
 * checks, by name, within its timeout, and never print the secret.
 */
class BrokenProviderContractTest {

    static final CountDownLatch NEVER = new CountDownLatch(1);
    static final DatasetDescriptor ROWS = new DatasetDescriptor("rows", "rows that never come",
            List.of(Column.of("a", ColumnType.STRING, "A")));

    /** The broken provider under the kit's contract. */
    static class Broken extends DataSourceProviderContract {
        @Override
        protected DataSourceProvider provider() {
            return new DataSourceProvider() {
                @Override
                public String apiVersion() {
                    return dev.dossier.api.DossierApi.MAJOR + "." + (dev.dossier.api.DossierApi.MINOR + 1);
                }

                @Override
                public String id() {
                    return "broken";
                }

                @Override
                public List<DatasetDescriptor> datasets() {
                    return List.of(ROWS);
                }

                @Override
                public List<OptionDescriptor> options() {
                    return List.of(new OptionDescriptor("token", OptionType.STRING, false, null, "service token", true));
                }

                @Override
                public DataSource open(SourceContext context) {
                    return name -> {
                        if (context.options().string("token").orElse("").equals("tok-9f2c")) {
                            throw new SourceException("token tok-9f2c refused"); // not marked bad input
                        }
                        try {
                            NEVER.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new SourceException("interrupted");
                    };
                }
            };
        }

        @Override
        protected List<Map<String, String>> badOptions() {
            return List.of(Map.of("token", "tok-9f2c"));
        }

        @Override
        protected Duration fetchTimeout() {
            return Duration.ofMillis(500);
        }
    }

    @Test
    void aBrokenProviderFailsTheChecksItBreaksByNameWithinTheTimeoutAndItsSecretIsNeverShown() {
        Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Broken.class)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.getType().isTest()) {
                            results.put(id.getDisplayName(), result);
                        }
                    }
                });
        NEVER.countDown();

        assertThat(failure(results, "apiVersionIsStatedAsMajorDotMinorAndRunsOnThisApi()")).contains("this API is");
        assertThat(failure(results, "unknownDatasetIsRefusedWithASourceException()")).contains("took longer than");
        assertThat(failure(results, "dataset 'rows' fetches within 500 ms, has the declared columns, cites its sources and its rows follow the columns"))
                .contains("took longer than");
        String bad = "options {token=****} are refused as bad input";
        assertThat(failure(results, bad)).contains("isBadInput()", "token **** refused").doesNotContain("tok-9f2c");
        assertThat(results.keySet()).noneMatch(name -> name.contains("tok-9f2c"));
    }

    private static String failure(Map<String, TestExecutionResult> results, String name) {
        assertThat(results).containsKey(name);
        assertThat(results.get(name).getStatus()).as(name).isEqualTo(TestExecutionResult.Status.FAILED);
        return results.get(name).getThrowable().orElseThrow().getMessage();
    }
}
