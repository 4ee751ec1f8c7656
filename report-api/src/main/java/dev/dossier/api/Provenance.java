package dev.dossier.api;

import java.util.Objects;

/**
 * Where a figure comes from: the citation printed under charts and tables and in the sources appendix.
 *
 * <p>Two provenances with the same title and URL are the same source; the engine numbers each
 * distinct source once in the appendix.
 *
 * @param title      title of the cited work, e.g. "WIPO Patent Landscape Report: Generative AI (Jul 2024)"
 * @param publisher  organisation that published it, e.g. "WIPO"; empty when unknown
 * @param url        one or more addresses, separated by {@code " ; "}; empty when the source has none
 * @param asOf       the date or period the figure refers to or was retrieved, as written (e.g. "Jul 2024"); may be empty
 * @param confidence how firmly the source backs the figure; never null
 * @since 0.1
 */
public record Provenance(String title, String publisher, String url, String asOf, Confidence confidence) {

    public Provenance {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("provenance title is blank");
        }
        publisher = publisher == null ? "" : publisher;
        url = url == null ? "" : url;
        asOf = asOf == null ? "" : asOf;
        Objects.requireNonNull(confidence, "confidence");
    }

    /** The identity used to number sources: title and URL. */
    public String citationKey() {
        return title + "\u0000" + url;
    }
}
