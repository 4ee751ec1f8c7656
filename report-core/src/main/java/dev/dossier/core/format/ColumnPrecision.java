package dev.dossier.core.format;

/**
 * How many decimals a column of figures prints, so that a column reads alike without claiming a
 * precision its sources do not have.
 *
 * <p>The rule, applied once per table column or chart series:
 * <ol>
 *   <li>A precision the template declares for the column ({@code decimals: {column: n}}) wins.</li>
 *   <li>Otherwise it is inferred from the plain published values (exact, not estimates, not blog
 *       posts): when they all give the same number of decimals, that number (at most
 *       {@link #MAX_DECIMALS}); when they differ — a mixed column such as 2.039 / 3.35 / 0.6144 —
 *       the most any of them gives, but at most {@link #MIXED_DECIMALS}. A column with no plain
 *       published value infers from all its values the same way.</li>
 *   <li>A plain published value prints with exactly the column's decimals: padded with zeros
 *       (52.9 beside 67.22 prints 52.90) or rounded half-up (2.039 prints 2.04 in a mixed column).</li>
 *   <li>A qualified value ("&gt;700", "~17"), an estimate or a blog-post figure is never padded: it
 *       keeps its own decimals, rounded down to the column's when it has more ("~85.65" in a
 *       one-decimal column prints "~85.7").</li>
 * </ol>
 * So 2.039 / 3.35 / 4.0ᵉ / 0.6144 print as 2.04 / 3.35 / 4.0ᵉ / 0.61. Thread-safe: an accumulator
 * per column, used from one thread.
 */
public final class ColumnPrecision {

    /** The most decimals a column prints whose values all give the same number of decimals. */
    public static final int MAX_DECIMALS = 4;
    /** The most decimals an inferred column prints whose values give different numbers of decimals. */
    public static final int MIXED_DECIMALS = 2;

    private int plainMin = Integer.MAX_VALUE;
    private int plainMax = -1;
    private int allMin = Integer.MAX_VALUE;
    private int allMax = -1;

    /** Takes a value's own decimals into account; {@code plain} when it is exact and published. */
    public void add(int scale, boolean plain) {
        int s = Math.max(0, scale);
        allMin = Math.min(allMin, s);
        allMax = Math.max(allMax, s);
        if (plain) {
            plainMin = Math.min(plainMin, s);
            plainMax = Math.max(plainMax, s);
        }
    }

    /** The column's decimals under the rule in the class comment; 0 when no value was added. */
    public int decimals() {
        return plainMax >= 0 ? infer(plainMin, plainMax) : allMax >= 0 ? infer(allMin, allMax) : 0;
    }

    private static int infer(int min, int max) {
        return min == max ? Math.min(max, MAX_DECIMALS) : Math.min(max, MIXED_DECIMALS);
    }

    /**
     * The decimals one value prints with in a column of {@code columnDecimals}.
     *
     * @param ownScale the value's own decimals
     * @param plain    whether it is exact and published (padded and rounded to the column) or not (only rounded)
     */
    public static int forValue(int columnDecimals, int ownScale, boolean plain) {
        return plain ? columnDecimals : Math.min(Math.max(0, ownScale), columnDecimals);
    }
}
