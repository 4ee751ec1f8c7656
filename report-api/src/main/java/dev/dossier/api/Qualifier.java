package dev.dossier.api;

/**
 * How a number in a cell relates to the true figure, as the source states it.
 *
 * <p>A source that says "more than 5,300 companies" gives the value 5300 with
 * {@link #MORE_THAN}; the engine prints the qualifier's symbol before the formatted value,
 * so the claim is never stronger than the source's.
 *
 * @since 0.1
 */
public enum Qualifier {
    /** The figure as stated. */
    EXACT(""),
    /** "About", "~", "≈". */
    APPROXIMATE("~"),
    /** "More than", "over", "&gt;". */
    MORE_THAN(">"),
    /** "Less than", "under", "&lt;". */
    LESS_THAN("<"),
    /** "Up to": a ceiling given by the source. */
    UP_TO("≤");

    private final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }

    /** The prefix printed before the value; empty for {@link #EXACT}. */
    public String symbol() {
        return symbol;
    }
}
