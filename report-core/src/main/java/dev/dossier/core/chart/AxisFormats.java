package dev.dossier.core.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * Tick label formats for value axes: thousands separators, as many decimals as the tick step
 * needs (the same for every tick), a "%" suffix for percentages, and compact "12M" / "3B" labels
 * once ticks reach a million so huge ranges stay legible.
 */
final class AxisFormats {

    private static final double MILLION = 1e6;

    private AxisFormats() {
    }

    /** Tick units 1, 2 and 5 × 10ⁿ from 0.0001 to 10¹⁵, each with a matching format. */
    static TickUnitSource tickUnits(boolean percent, Locale locale) {
        TickUnits units = new TickUnits();
        for (int exp = -4; exp <= 15; exp++) {
            for (int m : new int[] {1, 2, 5}) {
                double size = m * Math.pow(10, exp);
                NumberFormat f = size >= MILLION ? compact(locale) : fixed(Math.max(0, -exp), percent, locale);
                units.add(new NumberTickUnit(size, f, 5));
            }
        }
        return units;
    }

    /** A format for log-axis ticks (powers of ten): plain below a million, compact above. */
    static NumberFormat logTicks(boolean percent, Locale locale) {
        return new NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
                if (Math.abs(number) >= MILLION) {
                    return compact(locale).format(number, to, pos);
                }
                int decimals = number == 0 ? 0 : Math.max(0, (int) Math.ceil(-Math.log10(Math.abs(number)) - 1e-9));
                return fixed(Math.min(decimals, 6), percent, locale).format(number, to, pos);
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
                return format((double) number, to, pos);
            }

            @Override
            public Number parse(String source, ParsePosition pos) {
                throw new UnsupportedOperationException("tick labels are not parsed");
            }
        };
    }

    private static NumberFormat fixed(int decimals, boolean percent, Locale locale) {
        String pattern = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + (percent ? "'%'" : "");
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    }

    private static NumberFormat compact(Locale locale) {
        NumberFormat f = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        f.setMaximumFractionDigits(1);
        return f;
    }
}
