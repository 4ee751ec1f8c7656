package dev.dossier.api;

import java.util.Locale;

/**
 * How firmly a figure is backed by its source; printed next to every figure that is not {@link #PUBLISHED}.
 *
 * @since 0.1
 */
public enum Confidence {
    /** Stated in the cited source (possibly a secondary outlet relaying a primary report). */
    PUBLISHED("published"),
    /** An analyst, press or leak estimate, a derived figure, or one on which sources disagree. */
    ESTIMATE("estimate"),
    /** Taken from a blog post or article and not independently confirmed. */
    BLOG_POST("blog post"),
    /** Looked for and not found: the row's value is null and must never be filled in. */
    NOT_FOUND("not found");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    /** The label used in data files and printed in reports, e.g. {@code "blog post"}. */
    public String label() {
        return label;
    }

    /**
     * Parses a label as written in data files ({@code published}, {@code estimate},
     * {@code blog post}, {@code not found}; case and {@code _}/{@code -} insensitive).
     *
     * @throws IllegalArgumentException naming the accepted labels when {@code text} is none of them
     */
    public static Confidence parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (Confidence c : values()) {
            if (c.label.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a confidence (expected published, estimate, blog post or not found)");
    }
}
