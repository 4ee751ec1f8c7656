package dev.dossier.core.layout;

import com.lowagie.text.Font;

/**
 * The measure of running text: prose is set about 75 characters to the line,
 * the width readers find comfortable, while tables and exhibits keep the full text width. The
 * width comes from the body font's own metrics, so a wider or narrower face gets the same measure.
 */
final class Measure {

    /** Characters of the sample per line: ordinary prose then sets about 75 to the line (the look asks for 70–85). */
    static final int CHARACTERS = 84;

    /** Ordinary English prose, whose mean character width stands for the font's. */
    private static final String SAMPLE = "China leads the world in generative-AI patenting and has built a dense "
            + "field of AI companies and state funds; it trails the United States in private capital, and export "
            + "controls on advanced chips are its main constraint toward 2030.";

    private Measure() {
    }

    /** How far prose is indented from the right margin so lines hold about {@link #CHARACTERS} characters. */
    static float rightIndent(RenderContext ctx) {
        return rightIndent(ctx.type.font(Typography.Role.BODY), ctx.width());
    }

    static float rightIndent(Font body, float width) {
        float perCharacter = body.getBaseFont().getWidthPoint(SAMPLE, body.getSize()) / SAMPLE.length();
        return Math.max(0, width - perCharacter * CHARACTERS);
    }
}
