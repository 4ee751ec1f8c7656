package dev.dossier.core.format;

/**
 * How a report marks estimates, the same in every table, chart and note: the theme's
 * {@code estimateMark} choice.
 *
 * <p>{@link #SUPERSCRIPT} (the default) prints a raised "e" after the figure in tables and its
 * superscript letter ᵉ in chart labels, where text cannot be raised; {@link #WORD} prints " est."
 * after the figure in both, for themes that want the mark larger. The key under a table or chart
 * explains the same mark ("ᵉ = estimate" or "est. = estimate"). Immutable.
 */
public enum EstimateMark {
    SUPERSCRIPT(ConfidenceMarks.ESTIMATE_SUPERSCRIPT, ConfidenceMarks.ESTIMATE_SUPERSCRIPT),
    WORD(" est.", "est.");

    private final String inText;
    private final String inKey;

    EstimateMark(String inText, String inKey) {
        this.inText = inText;
        this.inKey = inKey;
    }

    /** The theme's choice by its name in a theme file: {@code superscript} or {@code word}; null for the default. */
    public static EstimateMark of(String name) {
        if (name == null) {
            return SUPERSCRIPT;
        }
        return switch (name) {
            case "superscript" -> SUPERSCRIPT;
            case "word" -> WORD;
            default -> throw new IllegalArgumentException("'" + name + "' is not an estimate mark; expected superscript or word");
        };
    }

    /** What follows an estimated figure in text that cannot be raised (chart labels), e.g. "ᵉ" or " est.". */
    public String afterFigure() {
        return inText;
    }

    /** Whether tables draw the mark as a raised letter rather than as text after the figure. */
    public boolean raised() {
        return this == SUPERSCRIPT;
    }

    /** The mark as its key names it: "ᵉ" or "est.". */
    public String inKey() {
        return inKey;
    }

    /**
     * A note written with the default mark ("ᵉ = estimate …", as the resolve stage writes keys), in
     * this convention.
     */
    public String note(String note) {
        String prefix = ConfidenceMarks.ESTIMATE_SUPERSCRIPT + " = ";
        return this == SUPERSCRIPT || note == null ? note : note.replace(prefix, inKey + " = ");
    }
}
