package dev.dossier.core.edition;

import dev.dossier.api.ColumnType;
import dev.dossier.api.Row;
import dev.dossier.core.format.ValueFormatter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static dev.dossier.core.edition.EditedEditions.CURRENT;
import static dev.dossier.core.edition.EditedEditions.PREVIOUS;
import static dev.dossier.core.edition.EditedEditions.figure;
import static dev.dossier.core.edition.EditedEditions.minus;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTextTest {

    private final EditedEditions e = new EditedEditions();

    private static final ValueFormatter EN = new ValueFormatter(Locale.US);

    private static String move(Row before, Row after) {
        BigDecimal d = minus(after.get("families"), before.get("families"));
        return EN.cell(before, "families") + " → " + EN.cell(after, "families") + " ("
                + (d.signum() < 0 ? "-" : "+") + EN.value(d.abs(), ColumnType.INTEGER) + ", "
                + (d.signum() < 0 ? "down" : "up") + ")";
    }

    @Test
    void saysEachChangeInOneLine() {
        List<String> lines = new ChangesText(Locale.US).lines(e.compare());

        String ref = e.countries.ref();
        String label = e.countries.descriptor().column("families").orElseThrow().label();
        assertThat(lines).containsExactly(
                figure(e.first, 0).label() + ": " + move(e.first, e.edited.get(0)),
                ref + ": row " + e.last.text("entity") + " removed",
                // the first row's change is the figure above: not said twice
                ref + ", " + e.third.text("entity") + ", " + label + ": " + move(e.third, e.edited.get(2)));
    }

    @Test
    void numbersFollowTheLocale() {
        List<String> lines = new ChangesText(Locale.GERMANY).lines(e.compare());
        assertThat(lines.get(0)).contains(new ValueFormatter(Locale.GERMANY).cell(e.first, "families"));
    }

    @Test
    void nothingChangedNamesThePreviousEditionsDate() {
        Snapshot previous = EditionFixtures.edition(PREVIOUS, List.of(e.countries), List.of(figure(e.first, 0)));
        Snapshot current = EditionFixtures.edition(CURRENT, List.of(e.countries), List.of(figure(e.first, 0)));

        assertThat(new ChangesText(Locale.US).lines(EditionComparison.compare(previous, current))).containsExactly(
                "No figure changed since the edition of " + EN.value(PREVIOUS, ColumnType.DATE) + ".");
    }

    @Test
    void unchangedFiguresAreCountedNotListedWhenSomethingElseChanged() {
        Snapshot previous = EditionFixtures.edition(PREVIOUS, List.of(e.countries), List.of(figure(e.second, 1)));
        Snapshot current = EditionFixtures.edition(CURRENT, List.of(EditionFixtures.withRows(e.countries, e.edited)),
                List.of(figure(e.second, 1)));

        assertThat(new ChangesText(Locale.US).lines(EditionComparison.compare(previous, current)))
                .endsWith("1 other headline figure is unchanged.")
                .noneMatch(line -> line.startsWith(figure(e.second, 1).label()));
    }
}
