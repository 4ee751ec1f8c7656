package dev.dossier.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.api.Row;
import dev.dossier.core.chart.ChartFixtures.Fixture;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.source.ProviderRegistry;
import dev.dossier.core.template.Block;
import dev.dossier.core.template.ReportDefinition;
import dev.dossier.core.template.TemplateLoader;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value axis of bar and line charts, read back from the drawn JFreeChart plot: its outermost
 * gridlines enclose every value of the table, and an upright value label has room below the top
 * gridline. Values come from the chart's own table (the fixtures' rows, the flagship's datasets).
 */
class ValueAxisHeadroomTest {

    private static final ChartStyle STYLE = ChartStyle.defaults(ChartFonts.liberationSans());
    private static final float WIDTH = 480f;
    private static final float HEIGHT = 240f; // the default exhibit height for WIDTH

    /** A built table with the chart type and orientation to draw it in. */
    record Case(String name, ChartTable table, ChartType type, boolean horizontal) {
        @Override
        public String toString() {
            return name + " as " + type + (horizontal ? " (horizontal)" : "");
        }
    }

    static Stream<Arguments> fixtures() {
        List<Arguments> out = new ArrayList<>();
        for (Fixture f : ChartFixtures.awkward()) {
            ChartTable t = ChartTableBuilder.build(ChartSpec.of(ChartType.BAR, "entity", f.y().get(0)), f.data(),
                    Locale.US).table();
            if (!t.hasValues()) {
                continue;
            }
            for (ChartType type : List.of(ChartType.BAR, ChartType.LINE)) {
                out.add(Arguments.of(new Case(f.name(), t, type, false)));
            }
            out.add(Arguments.of(new Case(f.name(), t, ChartType.HBAR, true)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void outermostGridlinesEncloseEveryValue(Case c) {
        check(c);
    }

    /** Every bar and line exhibit of the flagship, panel by panel for small multiples, both orientations for bars. */
    @Test
    void flagshipExhibitsEndOnAGridlineAboveTheirLargestValue() throws Exception {
        Path template = Path.of("../templates/china-ai-briefing.yaml");
        ReportDefinition definition = new TemplateLoader().load(template);
        ProviderRegistry registry = ProviderRegistry.discover(List.of());
        int checked = 0;
        try (ReportData data = new ReportData(definition, registry, Locale.US)) {
            for (Block block : definition.blocks().toList()) {
                if (!(block instanceof Block.Chart chart) || !chart.type().isCategoryPlot() || chart.logScale()) {
                    continue;
                }
                List<Row> rows = data.materialise(chart.data());
                ChartSpec spec = new ChartSpec(chart.type(), chart.x(), chart.y(), chart.series(), null, null, null,
                        false, chart.topN(), 0f, chart.facet());
                ChartTable t = ChartTableBuilder.build(spec, new ChartData(data.dataset(chart.data()).descriptor(), rows),
                        Locale.US).table();
                List<ChartTable> panels = new ArrayList<>();
                if (chart.facet()) {
                    for (int s = 0; s < t.seriesCount(); s++) {
                        ChartTable one = t.onlySeries(s);
                        List<Integer> present = new ArrayList<>();
                        for (int k = 0; k < one.categoryCount(); k++) {
                            if (one.value(0, k) != null) {
                                present.add(k);
                            }
                        }
                        panels.add(one.select(present));
                    }
                } else {
                    panels.add(t);
                }
                for (ChartTable panel : panels) {
                    String name = chart.data().ref() + " " + chart.y();
                    check(new Case(name, panel, chart.type(), false));
                    if (chart.type().isBar()) {
                        check(new Case(name, panel, chart.type(), true));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("flagship bar and line panels checked").isGreaterThanOrEqualTo(8);
    }

    private static void check(Case c) {
        JFreeChart chart = new CategoryChartBuilder(STYLE).build(c.table(), c.type(), c.horizontal(), false, "Value",
                WIDTH, new ArrayList<>());
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage((int) WIDTH, (int) HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
        } finally {
            g2.dispose();
        }
        NumberAxis axis = (NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis();
        double unit = ((NumberTickUnit) axis.getTickUnit()).getSize();
        double max = extreme(c, true);
        double min = extreme(c, false);
        double topTick = Math.floor(axis.getUpperBound() / unit + 1e-9) * unit;
        double bottomTick = Math.ceil(axis.getLowerBound() / unit - 1e-9) * unit;

        assertThat(axis.getUpperBound()).as("%s: axis top", c).isGreaterThanOrEqualTo(max);
        assertThat(topTick).as("%s: top gridline (tick unit %s)", c, unit).isGreaterThanOrEqualTo(max);
        if (min < 0) {
            assertThat(bottomTick).as("%s: bottom gridline", c).isLessThanOrEqualTo(min);
        }
        boolean labelled = c.table().presentCount() <= CategoryChartBuilder.MAX_LABELLED
                && (c.type() != ChartType.LINE || c.table().seriesCount() == 1);
        if (labelled && !c.horizontal() && max > 0) {
            Rectangle2D area = info.getPlotInfo().getDataArea();
            double roomPt = (topTick - max) / axis.getRange().getLength() * area.getHeight();
            double labelPt = STYLE.fonts().regular(PlotStyler.VALUE_LABEL_PT)
                    .getStringBounds("0", g2.getFontRenderContext()).getHeight();
            double wanted = Math.min(labelPt + CategoryRenderers.LABEL_OFFSET,
                    HeadroomAxis.MAX_EXTENT_SHARE * area.getHeight() * 0.9);
            assertThat(roomPt).as("%s: room between the largest value and the top gridline (pt)", c)
                    .isGreaterThan(wanted);
        }
    }

    /** The largest (or smallest) value of the table: stack totals for stacked bars. */
    private static double extreme(Case c, boolean largest) {
        ChartTable t = c.table();
        double out = 0;
        for (int k = 0; k < t.categoryCount(); k++) {
            double positive = 0;
            double negative = 0;
            for (int s = 0; s < t.seriesCount(); s++) {
                Double v = t.value(s, k);
                if (v == null) {
                    continue;
                }
                if (c.type() == ChartType.STACKED_BAR) {
                    positive += Math.max(0, v);
                    negative += Math.min(0, v);
                } else {
                    positive = Math.max(positive, v);
                    negative = Math.min(negative, v);
                }
            }
            out = largest ? Math.max(out, positive) : Math.min(out, negative);
        }
        return out;
    }
}
