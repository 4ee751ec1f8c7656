package dev.dossier.core.chart;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Awkward datasets for chart tests, built with {@link Row#builder}. */
final class ChartFixtures {

    static final Provenance PUBLISHED = new Provenance("Test source", "Dossier tests", "", "2025", Confidence.PUBLISHED);
    static final Provenance NOT_FOUND = new Provenance("Test source", "Dossier tests", "", "2025", Confidence.NOT_FOUND);

    /** A named dataset: the data, the value columns to plot and a short description. */
    record Fixture(String name, ChartData data, List<String> y) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ChartFixtures() {
    }

    static DatasetDescriptor entityValues(ColumnType type, String unit) {
        return new DatasetDescriptor("entity-values", "a value and a second figure per entity", List.of(
                Column.of("entity", ColumnType.STRING, "Entity"),
                new Column("value", type, unit, "Value", false),
                new Column("second", ColumnType.INTEGER, "count", "Second", false)));
    }

    static Row row(DatasetDescriptor d, String entity, Object value, Object second) {
        return Row.builder(d).set("entity", entity).set("value", value).set("second", second).provenance(PUBLISHED).build();
    }

    static Fixture countries() {
        DatasetDescriptor d = entityValues(ColumnType.INTEGER, "patent families");
        return new Fixture("countries", new ChartData(d, List.of(
                row(d, "China", 38210, 120), row(d, "United States", 6276, 95), row(d, "Korea", 4155, 40),
                row(d, "Japan", 3409, 55), row(d, "India", 1350, 12))), List.of("value", "second"));
    }

    static Fixture empty() {
        return new Fixture("empty", new ChartData(entityValues(ColumnType.INTEGER, ""), List.of()), List.of("value", "second"));
    }

    static Fixture single() {
        DatasetDescriptor d = entityValues(ColumnType.DECIMAL, "USD billion");
        return new Fixture("single point", new ChartData(d, List.of(row(d, "Zhipu", new BigDecimal("2.75"), 3))),
                List.of("value", "second"));
    }

    static Fixture negatives() {
        DatasetDescriptor d = entityValues(ColumnType.DECIMAL, "USD billion");
        return new Fixture("negatives", new ChartData(d, List.of(
                row(d, "Alpha", new BigDecimal("12.5"), 4), row(d, "Beta", new BigDecimal("-3.2"), 2),
                row(d, "Gamma", new BigDecimal("7.0"), 6), row(d, "Delta", new BigDecimal("-8.4"), 1))),
                List.of("value", "second"));
    }

    /** Two values are null, looked for and not found. */
    static Fixture nulls() {
        DatasetDescriptor d = entityValues(ColumnType.INTEGER, "companies");
        List<Row> rows = List.of(
                row(d, "Beijing", 1800, 9), row(d, "Shanghai", 1200, 7),
                Row.builder(d).set("entity", "Shenzhen").set("second", 5).provenance(NOT_FOUND).build(),
                row(d, "Hangzhou", 640, 4),
                Row.builder(d).set("entity", "Chengdu").set("second", 2).provenance(NOT_FOUND).build());
        return new Fixture("nulls", new ChartData(d, rows), List.of("value", "second"));
    }

    static Fixture huge() {
        DatasetDescriptor d = entityValues(ColumnType.INTEGER, "USD");
        return new Fixture("huge range", new ChartData(d, List.of(
                row(d, "Giant", 4_200_000_000_000L, 10), row(d, "Large", 980_000_000L, 8),
                row(d, "Small", 1_200L, 3), row(d, "Tiny", 7L, 1))), List.of("value", "second"));
    }

    static Fixture longLabels() {
        DatasetDescriptor d = entityValues(ColumnType.INTEGER, "papers");
        return new Fixture("long labels", new ChartData(d, List.of(
                row(d, "Chinese Academy of Sciences Institute of Automation", 920, 4),
                row(d, "Tsinghua University Department of Computer Science", 610, 5),
                row(d, "Shanghai Artificial Intelligence Laboratory", 480, 2),
                row(d, "Beijing Academy of Artificial Intelligence", 390, 3),
                row(d, "Peking University Wangxuan Institute", 300, 2),
                row(d, "Zhejiang University College of Computer Science", 260, 1))), List.of("value", "second"));
    }

    /** 60 categories, the largest first. */
    static Fixture many() {
        DatasetDescriptor d = entityValues(ColumnType.INTEGER, "startups");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(row(d, "City " + (i + 1), 6000 - i * 97, 60 - i));
        }
        return new Fixture("60 categories", new ChartData(d, rows), List.of("value", "second"));
    }

    /** Percent shares with several tiny slices. */
    static Fixture tinyShares() {
        DatasetDescriptor d = entityValues(ColumnType.PERCENT, "%");
        return new Fixture("tiny shares", new ChartData(d, List.of(
                row(d, "Huawei", new BigDecimal("41.5"), 9), row(d, "Alibaba", new BigDecimal("27.0"), 7),
                row(d, "Baidu", new BigDecimal("18.2"), 6), row(d, "Tencent", new BigDecimal("9.1"), 5),
                row(d, "SenseTime", new BigDecimal("1.9"), 2), row(d, "iFlytek", new BigDecimal("1.3"), 2),
                row(d, "Megvii", new BigDecimal("0.6"), 1), row(d, "CloudWalk", new BigDecimal("0.4"), 1))),
                List.of("value", "second"));
    }

    /** "More than 5,300" and an estimated value. */
    static Fixture qualified() {
        DatasetDescriptor d = entityValues(ColumnType.INTEGER, "companies");
        return new Fixture("qualified", new ChartData(d, List.of(
                Row.builder(d).set("entity", "China").set("value", 5300).qualify("value", Qualifier.MORE_THAN)
                        .set("second", 1).provenance(PUBLISHED).build(),
                Row.builder(d).set("entity", "United States").set("value", 4100).estimated("value")
                        .set("second", 2).provenance(PUBLISHED).build())), List.of("value", "second"));
    }

    /** Long form: year, country, funding; one value missing. */
    static Fixture yearly() {
        DatasetDescriptor d = new DatasetDescriptor("funding-by-year", "AI funding by year and country", List.of(
                Column.of("year", ColumnType.YEAR, "Year"), Column.of("country", ColumnType.STRING, "Country"),
                new Column("funding", ColumnType.MONEY, "USD billion", "Funding", false)));
        List<Row> rows = new ArrayList<>();
        String[] countries = {"China", "United States", "United Kingdom"};
        double[] base = {9.5, 30.25, 3.1};
        for (int year = 2018; year <= 2024; year++) {
            for (int i = 0; i < countries.length; i++) {
                Row.Builder b = Row.builder(d).set("year", year).set("country", countries[i]).provenance(PUBLISHED);
                if (!(year == 2020 && i == 2)) {
                    b.set("funding", BigDecimal.valueOf(base[i] * (1 + (year - 2018) * 0.2)).setScale(2, java.math.RoundingMode.HALF_UP));
                }
                rows.add(b.build());
            }
        }
        return new Fixture("yearly long form", new ChartData(d, rows), List.of("funding"));
    }

    /** Accelerator specs for radar charts. */
    static Fixture chips() {
        DatasetDescriptor d = new DatasetDescriptor("chips", "AI accelerator specs", List.of(
                Column.of("chip", ColumnType.STRING, "Chip"),
                new Column("memory", ColumnType.INTEGER, "GB", "Memory", true),
                new Column("bandwidth", ColumnType.DECIMAL, "TB/s", "Bandwidth", true),
                new Column("fp16", ColumnType.INTEGER, "TFLOPS", "FP16", false)));
        List<Row> rows = List.of(
                Row.builder(d).set("chip", "Ascend 910C").set("memory", 128).set("bandwidth", new BigDecimal("3.2"))
                        .set("fp16", 800).provenance(PUBLISHED).build(),
                Row.builder(d).set("chip", "H100 SXM").set("memory", 80).set("bandwidth", new BigDecimal("3.35"))
                        .set("fp16", 989).provenance(PUBLISHED).build(),
                Row.builder(d).set("chip", "H20").set("memory", 96).set("bandwidth", new BigDecimal("4.0"))
                        .set("fp16", 148).provenance(PUBLISHED).build());
        return new Fixture("chips", new ChartData(d, rows), List.of("memory", "bandwidth", "fp16"));
    }

    static List<Fixture> awkward() {
        return List.of(countries(), empty(), single(), negatives(), nulls(), huge(), longLabels(), many(),
                tinyShares(), qualified());
    }
}
