package dev.dossier.core.format;

import dev.dossier.api.ColumnType;
import dev.dossier.sources.io.Cell;
import dev.dossier.sources.io.CellParser;
import dev.dossier.sources.io.NumberSyntax;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure printed in any report locale reads back as the same value in a data file written in
 * that locale: what Dossier prints, a spreadsheet exported in the same locale, and what the
 * {@code locale} option of the csv and json sources reads agree, for every locale Dossier accepts.
 */
class LocaleRoundTripProperties {

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> !l.getLanguage().isEmpty())
                .toList());
    }

    @Property(tries = 400)
    void decimalsRoundTrip(@ForAll("locales") Locale locale,
                           @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(4) BigDecimal value)
            throws Exception {
        String printed = new ValueFormatter(locale).value(value, ColumnType.DECIMAL);
        Cell cell = CellParser.parse(printed, ColumnType.DECIMAL, NumberSyntax.of(locale));
        assertThat((BigDecimal) cell.value()).as(locale + " printed " + printed).isEqualByComparingTo(value);
    }

    @Property(tries = 400)
    void integersAndPercentsRoundTrip(@ForAll("locales") Locale locale,
                                      @ForAll @LongRange(min = -9_000_000_000_000L, max = 9_000_000_000_000L) long value) throws Exception {
        ValueFormatter formatter = new ValueFormatter(locale);
        String integer = formatter.value(value, ColumnType.INTEGER);
        assertThat(CellParser.parse(integer, ColumnType.INTEGER, NumberSyntax.of(locale)).value())
                .as(locale + " printed " + integer).isEqualTo(value);
        BigDecimal share = BigDecimal.valueOf(value, 2);
        String percent = formatter.value(share, ColumnType.PERCENT);
        assertThat((BigDecimal) CellParser.parse(percent, ColumnType.PERCENT, NumberSyntax.of(locale)).value())
                .as(locale + " printed " + percent).isEqualByComparingTo(share);
    }
}
