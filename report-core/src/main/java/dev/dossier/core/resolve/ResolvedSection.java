package dev.dossier.core.resolve;

import java.util.List;

/**
 * One section of a {@link ResolvedReport}.
 *
 * @param title  the heading, also the outline and contents entry
 * @param lead   the sentence or two under the heading; empty for none
 * @param blocks what the section prints, in order
 */
public record ResolvedSection(String title, String lead, List<ResolvedBlock> blocks) {

    public ResolvedSection {
        blocks = List.copyOf(blocks);
    }
}
