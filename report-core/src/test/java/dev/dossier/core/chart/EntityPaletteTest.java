package dev.dossier.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityPaletteTest {

    private static final ChartStyle BASE = ChartStyle.defaults(ChartFonts.liberationSans());
    private static final Color US_BLUE = new Color(0x12, 0x34, 0x56);
    private static final ChartStyle STYLE = new ChartStyle(BASE.text(), BASE.muted(), BASE.grid(), BASE.background(),
            BASE.highlight(), BASE.palette(), Map.of("United States", US_BLUE), Set.of("China"), BASE.fonts());

    @Test
    void sameEntityKeepsItsColourWhateverItsCompany() {
        EntityPalette palette = new EntityPalette(STYLE);
        Map<String, Color> first = palette.assign(List.of("China", "United States", "Japan"));
        Map<String, Color> second = palette.assign(List.of("Korea", "united states", "China", "India"));
        assertThat(first.get("China")).isEqualTo(STYLE.highlight()).isEqualTo(second.get("China"));
        assertThat(first.get("United States")).isEqualTo(US_BLUE).isEqualTo(second.get("united states"));
    }

    @Test
    void unlistedEntitiesGetDistinctPaletteColoursWithinOneChart() {
        List<String> names = List.of("Alpha", "Beta", "Gamma", "Delta", "Epsilon");
        Map<String, Color> colors = new EntityPalette(STYLE).assign(names);
        assertThat(colors.values()).doesNotHaveDuplicates().allMatch(STYLE.palette()::contains);
        assertThat(new EntityPalette(STYLE).assign(names)).isEqualTo(colors);
    }

    @Test
    void otherIsGreyAndSingleSeriesBarsUseTheFirstPaletteColour() {
        EntityPalette palette = new EntityPalette(STYLE);
        assertThat(palette.assign(List.of(OtherFolding.OTHER)).get(OtherFolding.OTHER)).isEqualTo(EntityPalette.OTHER_GREY);
        assertThat(palette.singleSeries("Japan")).isEqualTo(STYLE.palette().get(0));
        assertThat(palette.singleSeries("China")).isEqualTo(STYLE.highlight());
    }
}
