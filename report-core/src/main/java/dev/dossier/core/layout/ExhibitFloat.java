package dev.dossier.core.layout;

import dev.dossier.core.resolve.ResolvedBlock;

/**
 * When an exhibit may wait for the next page: an exhibit that does not fit in the space left
 * would leave a gap as tall as itself, so the table after it starts in that space and the exhibit
 * follows the table on the next page. Only a table that ends on that next page with room left
 * for the exhibit moves ahead of it, so an exhibit never moves more than one page.
 */
final class ExhibitFloat {

    private ExhibitFloat() {
    }

    /**
     * Whether {@code next} is drawn before {@code exhibit}.
     *
     * @param space the room left on the page where the exhibit would go
     */
    static boolean deferred(RenderContext ctx, ResolvedBlock.Exhibit exhibit, ResolvedBlock next, float space) {
        if (!(next instanceof ResolvedBlock.Table table)) {
            return false;
        }
        float height = ExhibitWriter.height(ctx, exhibit);
        return height > space && height <= ctx.pageHeight() && KeepWithNext.start(ctx, table) <= space
                && TableWriter.height(ctx, table) <= space + ctx.pageHeight() - height;
    }
}
