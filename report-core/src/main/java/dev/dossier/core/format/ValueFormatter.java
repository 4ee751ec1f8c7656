package dev.dossier.core.format;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats cell values for print by column type and report locale, keeping the source's
 * qualifier ({@code >5,300}, {@code ~70%}).
 *
 * <p>Integers get thousands separators; decimals keep the number of decimals the source
 * gave (a figure is never rounded away); percentages get a {@code %} sign (values are stored
 * as written: 12.5 means 12.5 %); years print without separators; dates in the locale's
 * medium shape with month names in the document language ({@link DateStyle#table}), and so does a
 * text cell that is entirely one date ({@code 2022-10-07}, {@code 7 Oct 2022}, {@code Jul 2024});
 * a date inside longer text is left as written (see {@link DateText}). A null value prints as an
 * en dash. Thread-safe.
 */
public final class ValueFormatter {

    /** Printed for a missing value. */
    public static final String MISSING = "–";

    private final Locale locale;
    private final Locale language;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter dates;
    private final DateText dateText;

    /** Numbers and dates for {@code locale}, for prose in the locale's own language. */
    public ValueFormatter(Locale locale) {
        this(locale, locale);
    }

    /**
     * @param locale   numbers and the shape of dates ({@code de-DE}: {@code 5.600}, {@code 07.10.2022})
     * @param language the document language: month names in dates ({@code en-US}: {@code Oct}, never {@code Okt.})
     */
    public ValueFormatter(Locale locale, Locale language) {
        this.locale = locale;
        this.language = language;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.dates = DateStyle.table(locale, language);
        this.dateText = new DateText(locale, language);
    }

    /** The number locale. */
    public Locale locale() {
        return locale;
    }

    /** The document language, which names months. */
    public Locale language() {
        return language;
    }

    /** The value in column {@code index} of the row, with its qualifier, in the precision its source gave. */
    public String cell(Row row, int index) {
        return cell(row, index, -1);
    }

    /**
     * The value in column {@code index} printed in a column of {@code decimals} decimals, inferred
     * by {@link ColumnPrecision}: rounded half-up to at most that many, never padded.
     * {@code decimals < 0} keeps every value's own precision.
     */
    public String cell(Row row, int index, int decimals) {
        return cell(row, index, decimals, false);
    }

    /**
     * The value in column {@code index} printed in a column of {@code decimals} decimals, by the rule
     * of {@link ColumnPrecision}: rounded half-up to at most that many; when {@code declared} (the
     * template fixed the column's decimals) a plain published decimal is also padded to exactly that
     * many. A qualified value ("~17", "&gt;700"), an estimate or a blog-post figure is never padded,
     * since padding would claim a precision it does not have. {@code decimals < 0} keeps every
     * value's own precision. The "about" sign is left off an estimate: the estimate mark printed
     * beside it already says so.
     */
    public String cell(Row row, int index, int decimals, boolean declared) {
        Column c = row.descriptor().columns().get(index);
        Object v = row.get(index);
        boolean decimal = v instanceof BigDecimal && (c.type() == ColumnType.DECIMAL || c.type() == ColumnType.MONEY
                || c.type() == ColumnType.PERCENT);
        String text;
        if (decimal && decimals >= 0) {
            BigDecimal b = (BigDecimal) v;
            boolean plain = row.qualifier(index) == Qualifier.EXACT
                    && ConfidenceMarks.confidence(row, index) == dev.dossier.api.Confidence.PUBLISHED;
            int places = ColumnPrecision.forValue(decimals, b.scale(), declared && plain);
            text = grouped(places).format(b.setScale(places, java.math.RoundingMode.HALF_UP))
                    + (c.type() == ColumnType.PERCENT ? "%" : "");
        } else {
            text = value(v, c.type());
        }
        return v == null ? text : qualifierSymbol(row, index) + text;
    }

    /**
     * The sign printed before a value: the qualifier's symbol, except "~" on an estimate, whose
     * estimate mark already says "about" (one mark, not two); bounds (&gt;, &lt;, ≤) always print.
     */
    public static String qualifierSymbol(Row row, int index) {
        Qualifier q = row.qualifier(index);
        return q == Qualifier.APPROXIMATE && row.isEstimated(index) ? "" : q.symbol();
    }

    /**
     * The value in the named column for running text: the qualifier in words ("more than 5,300",
     * "about 70%", "up to 400") rather than as a symbol.
     */
    public String prose(Row row, String column) {
        int index = row.descriptor().indexOf(column);
        Column c = row.descriptor().columns().get(index);
        String text = value(row.get(index), c.type());
        if (row.get(index) == null) {
            return text;
        }
        return switch (row.qualifier(index)) {
            case EXACT -> text;
            case APPROXIMATE -> "about " + text;
            case MORE_THAN -> "more than " + text;
            case LESS_THAN -> "less than " + text;
            case UP_TO -> "up to " + text;
        };
    }

    /** The value in the named column of the row, with its qualifier. */
    public String cell(Row row, String column) {
        return cell(row, row.descriptor().indexOf(column));
    }

    /** A bare value of the given type. */
    public String value(Object value, ColumnType type) {
        if (value == null) {
            return MISSING;
        }
        return switch (type) {
            case INTEGER -> grouped(0).format(((Number) value).longValue());
            case DECIMAL, MONEY -> decimal((BigDecimal) value);
            case PERCENT -> decimal((BigDecimal) value) + "%";
            case YEAR -> String.valueOf(value);
            case DATE -> dates.format((LocalDate) value);
            case STRING -> dateText.format(String.valueOf(value));
        };
    }

    private String decimal(BigDecimal v) {
        int scale = Math.max(0, v.stripTrailingZeros().scale());
        return grouped(Math.max(scale, Math.max(0, v.scale()))).format(v);
    }

    private DecimalFormat grouped(int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setParseBigDecimal(true);
        return f;
    }
}
