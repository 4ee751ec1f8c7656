package dev.dossier.core.template;

import java.util.List;

/**
 * A titled part of the report: it starts on a new page, gets an outline entry and a line in
 * the table of contents.
 *
 * @param title  heading and outline text
 * @param lead   one or two sentences saying what the reader should take from the section; may be empty
 * @param blocks the section's content in order
 */
public record Section(String title, String lead, List<Block> blocks, SourceLocation location) {

    public Section {
        lead = lead == null ? "" : lead;
        blocks = List.copyOf(blocks);
    }
}
