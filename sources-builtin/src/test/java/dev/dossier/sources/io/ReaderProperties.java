package dev.dossier.sources.io;

import dev.dossier.api.ColumnType;
import dev.dossier.api.Utf8Reader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the text and number reading every data file goes through. */
class ReaderProperties {

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> !l.getLanguage().isEmpty())
                .filter(l -> DecimalFormatSymbols.getInstance(l).getExponentSeparator().equals("E"))
                .toList());
    }

    /** Scientific notation as a spreadsheet exports it in the locale: 1,25E+06 in German. */
    @Property(tries = 300)
    void scientificNotationReadsInEveryLocale(@ForAll("locales") Locale locale,
                                              @ForAll @IntRange(min = 1, max = 9) int lead,
                                              @ForAll @IntRange(min = 0, max = 999) int fraction,
                                              @ForAll @IntRange(min = -30, max = 30) int exponent,
                                              @ForAll boolean negative) throws Exception {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        String mantissa = lead + (fraction == 0 ? "" : decimal + String.format("%03d", fraction));
        String text = (negative ? "-" : "") + mantissa + "E" + (exponent >= 0 ? "+" : "") + exponent;
        BigDecimal expected = new BigDecimal((negative ? "-" : "") + lead + "." + String.format("%03d", fraction))
                .scaleByPowerOfTen(exponent);
        Cell cell = CellParser.parse(text, ColumnType.DECIMAL, NumberSyntax.of(locale));
        assertThat((BigDecimal) cell.value()).as(locale + ": " + text).isEqualByComparingTo(expected);
    }

    @Provide
    Arbitrary<String> texts() {
        // any character but NUL (which marks UTF-16) and a leading byte-order mark (which is dropped)
        Arbitrary<Integer> codePoints = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 0x7F),
                Arbitraries.integers().between(0x80, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0x10FFFF));
        return codePoints.list().ofMaxSize(9_000)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()))
                .filter(s -> !s.startsWith("\uFEFF"));
    }

    /** Valid UTF-8 reads back exactly, whatever the reads' sizes and the decoder's buffer boundaries. */
    @Property(tries = 40)
    void utf8ReadsBackExactly(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 5000) int chunk)
            throws Exception {
        StringBuilder read = new StringBuilder();
        try (Reader in = new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            char[] buffer = new char[chunk];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.append(buffer, 0, n);
            }
        }
        assertThat(read.toString()).isEqualTo(text);
    }
}
