package dev.dossier.sources;

import dev.dossier.api.Column;
import dev.dossier.api.Confidence;
import dev.dossier.api.DataSource;
import dev.dossier.api.DataSourceProvider;
import dev.dossier.api.Dataset;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.api.SourceContext;
import dev.dossier.api.SourceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInDatasetsTest {

    static List<DataSourceProvider> providers() {
        List<DataSourceProvider> found = new ArrayList<>();
        ServiceLoader.load(DataSourceProvider.class).forEach(p -> {
            if (p instanceof CuratedProvider) {
                found.add(p);
            }
        });
        return found;
    }

    @Test
    void genericProvidersAreRegisteredBesideTheCuratedOnes() {
        List<String> ids = new ArrayList<>();
        ServiceLoader.load(DataSourceProvider.class).forEach(p -> ids.add(p.id()));
        assertThat(ids).contains("csv", "json", "jdbc").hasSize(8);
    }

    static Stream<Arguments> everyDataset() {
        return providers().stream().flatMap(p -> p.datasets().stream().map(d -> Arguments.of(p.id(), d.name())));
    }

    static List<Row> read(String provider, String dataset) throws Exception {
        DataSourceProvider p = providers().stream().filter(x -> x.id().equals(provider)).findFirst().orElseThrow();
        try (DataSource source = p.open(SourceContext.of(SourceOptions.none()))) {
            Dataset data = source.fetch(dataset);
            List<Row> rows = new ArrayList<>();
            try (RowCursor cursor = data.rows()) {
                cursor.forEachRemaining(rows::add);
            }
            return rows;
        }
    }

    @Test
    void fiveProvidersAreRegisteredWithVersionAndDataDirOption() {
        assertThat(providers()).extracting(DataSourceProvider::id)
                .containsExactlyInAnyOrder("patents", "companies", "chips", "funding", "outlook");
        for (DataSourceProvider p : providers()) {
            assertThat(p.version()).isEqualTo("0.1.0");
            assertThat(p.options()).extracting(o -> o.name()).containsExactly(CuratedProvider.DATA_DIR);
            assertThat(p.datasets()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("everyDataset")
    void rowsFollowTheDeclaredColumnsAndCarrySources(String provider, String dataset) throws Exception {
        List<Row> rows = read(provider, dataset);
        assertThat(rows).as("rows of %s/%s", provider, dataset).isNotEmpty();
        DatasetDescriptor descriptor = rows.get(0).descriptor();
        assertThat(descriptor.name()).isEqualTo(dataset);
        assertThat(descriptor.description()).isNotBlank();
        for (Row row : rows) {
            assertThat(row.provenance().title()).isNotBlank();
            for (int i = 0; i < descriptor.columns().size(); i++) {
                Column c = descriptor.columns().get(i);
                Object v = row.get(i);
                assertThat(c.type().accepts(v)).as("%s in %s", c.name(), row).isTrue();
                if (c.required()) {
                    assertThat(v).as("required %s in %s", c.name(), row).isNotNull();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("everyDataset")
    void datasetProvenanceListsEachRowSource(String provider, String dataset) throws Exception {
        DataSourceProvider p = providers().stream().filter(x -> x.id().equals(provider)).findFirst().orElseThrow();
        try (DataSource source = p.open(SourceContext.of(SourceOptions.none()))) {
            Dataset data = source.fetch(dataset);
            assertThat(data.provenance()).isNotEmpty();
            List<String> cited = data.provenance().stream().map(Provenance::citationKey).toList();
            try (RowCursor cursor = data.rows()) {
                cursor.forEachRemaining(r -> assertThat(cited).contains(r.provenance().citationKey()));
            }
        }
    }

    static Stream<Arguments> startingFacts() {
        return Stream.of(
                Arguments.of("patents", "headline", "families", new BigDecimal("38210")),
                Arguments.of("patents", "headline", "families", new BigDecimal("6276")),
                Arguments.of("companies", "company-counts", "companies", new BigDecimal("1944")),
                Arguments.of("companies", "company-counts", "companies", new BigDecimal("9500")),
                Arguments.of("funding", "deals", "deals", new BigDecimal("8194")),
                Arguments.of("funding", "deals", "usd_billion", new BigDecimal("85.65")),
                Arguments.of("funding", "government-funds", "amount", new BigDecimal("8.2")),
                Arguments.of("outlook", "public-spending", "usd_billion", new BigDecimal("56")));
    }

    @ParameterizedTest(name = "{0}/{1} {2}={3}")
    @MethodSource("startingFacts")
    void startingFactsAreValuesMarkedBlogPost(String provider, String dataset, String column, BigDecimal figure)
            throws Exception {
        List<Row> matches = read(provider, dataset).stream()
                .filter(r -> r.number(column) != null
                        && new BigDecimal(r.number(column).toString()).compareTo(figure) == 0)
                .toList();
        assertThat(matches).as("%s in %s/%s", figure, provider, dataset).isNotEmpty();
        // Where a primary source gives the same figure it may appear too; the article's row must be there.
        assertThat(matches).anySatisfy(r -> assertThat(r.provenance().confidence()).isEqualTo(Confidence.BLOG_POST));
    }

    @Test
    void wipoFiguresAgreeWithTheStartingArticle() throws Exception {
        List<Row> wipo = read("patents", "families-by-country");
        assertThat(wipo).filteredOn(r -> r.get("entity").equals("China"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("families")).isEqualTo(38210L);
                    assertThat(r.provenance().confidence()).isEqualTo(Confidence.PUBLISHED);
                });
    }

    @Test
    void notFoundFiguresStayEmpty() throws Exception {
        assertThat(read("funding", "private-investment"))
                .filteredOn(r -> r.get("country").equals("China") && r.get("year").equals(2022))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("usd_billion")).isNull();
                    assertThat(r.provenance().confidence()).isEqualTo(Confidence.NOT_FOUND);
                });
        assertThat(read("chips", "specs"))
                .filteredOn(r -> r.get("chip").equals("Cambricon MLU590"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("fp16_bf16_tflops")).isNull();
                    assertThat(r.provenance().confidence()).isEqualTo(Confidence.NOT_FOUND);
                });
    }

    @Test
    void chipSpecsKeepEstimateMarksAndQualifiers() throws Exception {
        List<Row> specs = read("chips", "specs");
        Row h20 = specs.stream().filter(r -> r.get("chip").equals("Nvidia H20 (HGX)")).findFirst().orElseThrow();
        int tflops = h20.descriptor().indexOf("fp16_bf16_tflops");
        assertThat(h20.get(tflops)).isEqualTo(new BigDecimal("148"));
        assertThat(h20.isEstimated(tflops)).isTrue();
        Row h100 = specs.stream().filter(r -> r.get("chip").equals("Nvidia H100 SXM5")).findFirst().orElseThrow();
        int tdp = h100.descriptor().indexOf("tdp_w");
        assertThat(h100.qualifier(tdp)).isEqualTo(dev.dossier.api.Qualifier.UP_TO);
        assertThat(h100.isEstimated(tdp)).isFalse();
        assertThat(h100.get("vendor_zh")).isEqualTo("英伟达");
    }

    @Test
    void chineseNamesAccompanyChineseApplicants() throws Exception {
        assertThat(read("patents", "top-applicants"))
                .filteredOn(r -> r.get("applicant").equals("Tencent"))
                .singleElement().satisfies(r -> assertThat(r.get("applicant_zh")).isEqualTo("腾讯"));
        assertThat(read("companies", "profiles"))
                .filteredOn(r -> r.get("company").equals("Baidu"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("name_zh")).isEqualTo("百度");
                    assertThat(r.get("flagship_zh")).isEqualTo("文心一言");
                });
    }
}
