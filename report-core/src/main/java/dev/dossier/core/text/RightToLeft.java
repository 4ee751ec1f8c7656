package dev.dossier.core.text;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Prepares right-to-left text (Arabic, Hebrew) for a PDF writer that draws glyphs in the order
 * it is given: Arabic letters take their joined forms and each line's characters are put in
 * visual order by the Unicode bidirectional algorithm, so Latin words and numbers inside stay
 * left to right. Text extractors reverse this (PDFBox gives the logical order back).
 *
 * <p>The reordering is done for the text as one line: it suits names, labels and table cells,
 * not a right-to-left paragraph that wraps onto several lines.
 */
public final class RightToLeft {

    private RightToLeft() {
    }

    /** Whether {@code text} has a right-to-left letter (and so needs {@link #visual(String)}). */
    public static boolean applies(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether {@code text} reads right to left as a whole: its first strong character is Arabic or Hebrew. */
    public static boolean isRightToLeft(String text) {
        return text != null && Bidi.getBaseDirection(text) == Bidi.RTL;
    }

    /**
     * {@code text} shaped and in visual order, or {@code text} itself when it has no
     * right-to-left letter. The paragraph direction is that of its first strong character.
     */
    public static String visual(String text) {
        if (text == null || !applies(text)) {
            return text;
        }
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            shaped = text; // cannot happen with LENGTH_GROW_SHRINK; unshaped text is still readable
        }
        Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }
}
