package dev.dossier.core.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How many decimals a column of figures prints, so that a column reads alike without ever
 * claiming a precision its sources do not have.
 *
 * <p>The rule, applied once per table column or chart series:
 * <ol>
 *   <li>A precision the template declares for the column ({@code decimals: {column: n}}) wins:
 *       plain published values print exactly {@code n} decimals (padded or rounded half-up).</li>
 *   <li>Otherwise it is inferred from the plain published values (exact, not estimates, not blog
 *       posts; all values when there is none): the fewest decimals any of them gives, so no figure
 *       is padded past what its source wrote; raised one decimal at a time, up to
 *       {@link #MAX_DECIMALS}, while rounding to it would move some value of the column (an
 *       estimate too) by more than {@link #MAX_ROUNDING_SHIFT} of itself (1.5 beside 2 keeps its
 *       decimal rather than print as 2).</li>
 *   <li>In an inferred column every value prints with its own decimals rounded half-up to at most
 *       the column's, and is never padded: 2.039 / 3.35 / 0.6144 print 2.04 / 3.35 / 0.61;
 *       52.9 / 67.22 / 7.76 print 52.9 / 67.2 / 7.8; 344 / 60.06 / 100 print 344 / 60 / 100, but
 *       beside an estimate of 8.2 they print 344 / 60.1 / 100 / 8.2ᵉ.</li>
 *   <li>A qualified value ("&gt;700", "~17"), an estimate or a blog-post figure is never padded,
 *       even in a declared column; it is rounded to the column's decimals when finer.</li>
 * </ol>
 * Text and KPI tiles do not use this: they print the precision the source gave. Not thread-safe:
 * one accumulator per column, used from one thread.
 */
public final class ColumnPrecision {

    /** The most decimals an inferred column prints. */
    public static final int MAX_DECIMALS = 4;
    /** The largest share of a value that rounding to a column's decimals may move it by: 1%. */
    public static final BigDecimal MAX_ROUNDING_SHIFT = new BigDecimal("0.01");

    private final List<BigDecimal> plain = new ArrayList<>();
    private final List<BigDecimal> all = new ArrayList<>();

    /** Takes a value into account; {@code plain} when it is exact and published. */
    public void add(BigDecimal value, boolean plain) {
        all.add(value);
        if (plain) {
            this.plain.add(value);
        }
    }

    /** The column's decimals under the rule in the class comment; 0 when no value was added. */
    public int decimals() {
        List<BigDecimal> base = plain.isEmpty() ? all : plain;
        if (base.isEmpty()) {
            return 0;
        }
        int fewest = base.stream().mapToInt(v -> Math.max(0, v.scale())).min().orElse(0);
        int most = Math.min(MAX_DECIMALS, all.stream().mapToInt(v -> Math.max(0, v.scale())).max().orElse(0));
        int d = Math.min(fewest, MAX_DECIMALS);
        while (d < most && distorts(all, d)) {
            d++;
        }
        return d;
    }

    private static boolean distorts(List<BigDecimal> values, int decimals) {
        for (BigDecimal v : values) {
            if (v.signum() != 0 && v.scale() > decimals) {
                BigDecimal shift = v.subtract(v.setScale(decimals, RoundingMode.HALF_UP)).abs();
                if (shift.compareTo(v.abs().multiply(MAX_ROUNDING_SHIFT)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The decimals one value prints with in a column of {@code columnDecimals}.
     *
     * @param ownScale the value's own decimals
     * @param pad      whether the value is padded to the column (a plain published value in a column
     *                 whose decimals the template declares); otherwise it is only rounded
     */
    public static int forValue(int columnDecimals, int ownScale, boolean pad) {
        return pad ? columnDecimals : Math.min(Math.max(0, ownScale), columnDecimals);
    }
}
