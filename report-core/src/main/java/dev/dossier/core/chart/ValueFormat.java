package dev.dossier.core.chart;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import dev.dossier.core.format.ColumnPrecision;
import dev.dossier.core.format.ConfidenceMarks;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats the values of one column for value labels: thousands separators, "%" for percentages
 * and the qualifier's symbol in front.
 *
 * <p>A series' decimals follow {@link ColumnPrecision}, as a table column's do: plain published
 * values print with exactly the series' decimals; a qualified value or an estimate gains none:
 * "&gt;700" stays "&gt;700", never "&gt;700.0", because a printed figure must not claim more
 * precision than its source.
 */
final class ValueFormat {

    private final int decimals;
    private final String suffix;
    private final String unit;

    private final Locale locale;

    private ValueFormat(int decimals, String suffix, String unit, Locale locale) {
        this.locale = locale;
        this.decimals = decimals;
        this.suffix = suffix;
        this.unit = unit;
    }

    /** A format for the values of {@code column} in {@code rows}, its decimals decided by {@link ColumnPrecision}. */
    static ValueFormat of(Column column, java.util.List<Row> rows, Locale locale) {
        ColumnPrecision precision = new ColumnPrecision();
        if (column.type() != ColumnType.INTEGER) {
            for (Row r : rows) {
                int i = r.descriptor().indexOf(column.name());
                if (i >= 0 && r.get(i) instanceof BigDecimal b) {
                    precision.add(b, r.qualifier(i) == Qualifier.EXACT
                            && ConfidenceMarks.confidence(r, i) == dev.dossier.api.Confidence.PUBLISHED);
                }
            }
        }
        int decimals = precision.decimals();
        boolean percent = column.type() == ColumnType.PERCENT || "%".equals(column.unit().strip());
        return new ValueFormat(decimals, percent ? "%" : "", percent ? "" : column.unit().strip(), locale);
    }

    /** A plain format with the given decimals, for derived figures such as shares. */
    static ValueFormat plain(int decimals, String suffix) {
        return new ValueFormat(decimals, suffix, "", Locale.US);
    }

    /** The column's unit when it is not printed with each value ("GB", "USD billion"); empty for percentages. */
    String unit() {
        return unit;
    }

    /** The number of decimals printed. */
    int decimals() {
        return decimals;
    }

    /** Whether values are percentages. */
    boolean isPercent() {
        return "%".equals(suffix);
    }

    /** The value as printed, e.g. "1,234.5" or "12.5%"; {@code qualifier} may be null. */
    String format(double value, Qualifier qualifier) {
        String prefix = qualifier == null ? "" : qualifier.symbol();
        return prefix + decimalFormat().format(value) + suffix;
    }

    /**
     * The value as printed in a series that reads alike: a plain, published value prints the
     * series' decimals (which no plain value of the series has fewer of, unless a small value
     * needed them: see {@link ColumnPrecision}); a qualified value or an estimate is never padded,
     * which would overstate its precision.
     */
    String formatInSeries(double value, Qualifier qualifier, boolean estimate) {
        boolean exact = qualifier == null || qualifier == Qualifier.EXACT;
        if (!exact || estimate || decimals == 0) {
            return format(value, qualifier);
        }
        DecimalFormat f = decimalFormat();
        f.setMinimumFractionDigits(decimals);
        return f.format(value) + suffix;
    }

    /** A fresh {@link DecimalFormat} with this format's decimals (DecimalFormat is not thread-safe). */
    DecimalFormat decimalFormat() {
        StringBuilder pattern = new StringBuilder("#,##0");
        if (decimals > 0) {
            pattern.append('.').append("#".repeat(decimals));
        }
        return new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(locale));
    }
}
