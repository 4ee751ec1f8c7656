package dev.dossier.core.layout;

import dev.dossier.core.resolve.ResolvedBlock;

/**
 * How much of a block must fit below a heading for the heading to stay on the page: a heading,
 * lead or title is never left at the foot of a page without the start of what it introduces.
 */
final class KeepWithNext {

    /** Body lines of a text block that must follow its heading. */
    private static final int PROSE_LINES = 4;
    /** Table header and three rows of up to two lines each, in points. */
    private static final float TABLE_START = 24f + TableBreaks.KEEP * 27f;

    private KeepWithNext() {
    }

    /** The height, in points, of the part of {@code block} that must share a page with what precedes it. */
    static float start(RenderContext ctx, ResolvedBlock block) {
        if (block instanceof ResolvedBlock.Prose) {
            return ctx.type.bodySize() * 1.45f * PROSE_LINES + 6;
        }
        if (block instanceof ResolvedBlock.KpiBand k) {
            return KpiBandWriter.height(ctx, k);
        }
        if (block instanceof ResolvedBlock.Exhibit e) {
            return ExhibitWriter.height(ctx, e);
        }
        if (block instanceof ResolvedBlock.Table t) {
            return TableWriter.headingHeight(ctx, t) + TABLE_START;
        }
        return 60f;
    }
}
