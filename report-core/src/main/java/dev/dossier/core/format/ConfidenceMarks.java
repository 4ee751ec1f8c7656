package dev.dossier.core.format;

import dev.dossier.api.Confidence;
import dev.dossier.api.Row;

/**
 * The small marks printed after figures that are not plainly published, and the key that explains them.
 *
 * <p>{@code e} marks an estimate (the row's source is an estimate, or the cell is marked
 * estimated); a dagger (†) marks a figure from a blog post or article, not independently
 * confirmed (a letter "b" would read as "billion" beside money).
 */
public final class ConfidenceMarks {

    public static final String ESTIMATE = "e";
    /**
     * The estimate mark where text cannot be raised (chart labels, notes): the superscript letter
     * ᵉ, so a chart's "148ᵉ" and a table's raised "e" are one convention, explained alike.
     */
    public static final String ESTIMATE_SUPERSCRIPT = "\u1d49";
    public static final String BLOG_POST = "\u2020";
    /** Marks a row dated after the edition date that the template chose to keep ({@code later: include}). */
    public static final String LATER = "\u2021";

    private ConfidenceMarks() {
    }

    /** The mark for a cell, or an empty string for a published figure. */
    public static String mark(Row row, int index) {
        if (row.provenance().confidence() == Confidence.BLOG_POST) {
            return BLOG_POST;
        }
        return row.isEstimated(index) ? ESTIMATE : "";
    }

    /**
     * How firmly a row backs the figures in the given columns: a blog post stays a blog post; an
     * estimated cell makes a published row's figure an estimate.
     */
    public static Confidence confidence(Row row, int... indexes) {
        Confidence c = row.provenance().confidence();
        if (c != Confidence.PUBLISHED) {
            return c;
        }
        for (int i : indexes) {
            if (i >= 0 && row.get(i) != null && row.isEstimated(i)) {
                return Confidence.ESTIMATE;
            }
        }
        return c;
    }

    /** The explanation printed under a table or chart that uses the given marks. */
    public static String key(boolean estimates, boolean blogPosts) {
        StringBuilder sb = new StringBuilder();
        if (estimates) {
            sb.append(ESTIMATE_SUPERSCRIPT).append(" = estimate (analyst or press estimate, or sources disagree)");
        }
        if (blogPosts) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append("\u2020 = figure from a blog post, not independently confirmed");
        }
        return sb.toString();
    }

    /** The explanation printed under a table holding rows dated after the edition date ({@code date} as printed). */
    public static String laterKey(String date) {
        return "\u2021 = dated after the edition date (" + date + ")";
    }

    /** Words for a confidence level, for KPI tiles: empty for published. */
    public static String words(Confidence c) {
        return switch (c) {
            case PUBLISHED -> "";
            case ESTIMATE -> "Estimate";
            case BLOG_POST -> "Blog post, not independently confirmed";
            case NOT_FOUND -> "Not found in sources";
        };
    }
}
