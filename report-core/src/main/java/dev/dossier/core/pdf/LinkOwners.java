package dev.dossier.core.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Finds, for each link rectangle of a page, the marked-content sequence (by MCID) whose glyphs
 * cover most of the rectangle's area; for a link over untagged text (a page number drawn in a
 * form filled when the document closed), the sequence nearest to it on the same line.
 *
 * <p>It runs the page's content stream through only the text, state and marked-content operators
 * and measures each glyph from its text rendering matrix and advance: a box from a fifth of the
 * font size below the baseline to four fifths above, as wide as the glyph's advance. No Unicode
 * mapping and no de-duplication of overlapping glyphs are needed for this, which is what makes
 * PDFBox's general text extraction quadratic in a page's glyphs; this pass is linear in glyphs
 * times links. Fonts are read for their advances only ({@link AdvanceOnlyFont}), their programs
 * never parsed. Not thread-safe; one instance per page.
 */
final class LinkOwners extends PDFStreamEngine {

    private static final int NONE = -1;

    private final List<PDRectangle> links;
    private final List<Map<Integer, Float>> overlap;
    /** Per link, per MCID: the smallest horizontal gap to a glyph on the link's line. */
    private final List<Map<Integer, Float>> gap;
    private final Deque<Integer> open = new ArrayDeque<>();
    private final Map<COSDictionary, PDFont> fonts;

    private LinkOwners(List<PDRectangle> links, Map<COSDictionary, PDFont> fonts) {
        this.links = links;
        this.fonts = fonts;
        this.overlap = links.stream().<Map<Integer, Float>>map(l -> new HashMap<>()).toList();
        this.gap = links.stream().<Map<Integer, Float>>map(l -> new HashMap<>()).toList();
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new Concatenate(this));
        addOperator(new SetMatrix(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new NextLine(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetAdvanceFont(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new EndMarkedContentSequence(this));
        addOperator(new DrawForm(this));
    }

    /**
     * The MCID whose glyphs overlap each of {@code links} most (else the nearest on the link's
     * line), in the order of {@code links}; {@code -1} for a link with no glyph of an MCID
     * {@code usable} accepts on its line.
     *
     * @param links  the link rectangles, in the page's default user space
     * @param usable which MCIDs may own a link (those with a structure element)
     * @param fonts  the fonts read so far, by font dictionary; shared by the pages of one document
     * @throws IOException when the page's content cannot be read
     */
    static int[] find(PDPage page, List<PDRectangle> links, IntPredicate usable, Map<COSDictionary, PDFont> fonts)
            throws IOException {
        LinkOwners scan = new LinkOwners(links, fonts);
        scan.processPage(page);
        int[] owners = new int[links.size()];
        for (int i = 0; i < owners.length; i++) {
            int link = i;
            owners[i] = scan.overlap.get(link).entrySet().stream()
                    .filter(e -> usable.test(e.getKey()))
                    .max(Map.Entry.comparingByValue())
                    .or(() -> scan.gap.get(link).entrySet().stream()
                            .filter(e -> usable.test(e.getKey()))
                            .min(Map.Entry.comparingByValue()))
                    .map(Map.Entry::getKey).orElse(NONE);
        }
        return owners;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        int mcid = properties != null ? properties.getInt(COSName.MCID, NONE) : NONE;
        // unnumbered sequences (Artifact, Span) inherit the enclosing MCID
        open.push(mcid != NONE || open.isEmpty() ? mcid : open.peek());
    }

    @Override
    public void endMarkedContentSequence() {
        if (!open.isEmpty()) {
            open.pop();
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) {
        Integer mcid = open.peek();
        if (mcid == null || mcid == NONE) {
            return;
        }
        float size = trm.getScalingFactorY();
        float x0 = trm.getTranslateX();
        float x1 = x0 + displacement.getX() * trm.getScalingFactorX();
        float y0 = trm.getTranslateY() - size * 0.2f;
        float y1 = y0 + size;
        for (int i = 0; i < links.size(); i++) {
            PDRectangle r = links.get(i);
            float w = Math.min(r.getUpperRightX(), Math.max(x0, x1)) - Math.max(r.getLowerLeftX(), Math.min(x0, x1));
            float h = Math.min(r.getUpperRightY(), y1) - Math.max(r.getLowerLeftY(), y0);
            if (w > 0 && h > 0) {
                overlap.get(i).merge(mcid, w * h, Float::sum);
            } else if (h > 0) {
                gap.get(i).merge(mcid, -w, Math::min);
            }
        }
    }

    /** {@code Do} for form XObjects only (running headers and page numbers are forms); images hold no text. */
    private static final class DrawForm extends OperatorProcessor {

        DrawForm(PDFStreamEngine engine) {
            super(engine);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName name
                    && getContext().getResources().getXObject(name) instanceof PDFormXObject form) {
                getContext().showForm(form);
            }
        }

        @Override
        public String getName() {
            return OperatorName.DRAW_OBJECT;
        }
    }

    /** {@code Tf} with the font read for advances only. */
    private static final class SetAdvanceFont extends OperatorProcessor {

        private final LinkOwners scan;

        SetAdvanceFont(LinkOwners scan) {
            super(scan);
            this.scan = scan;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (operands.size() < 2 || !(operands.get(0) instanceof COSName name)
                    || !(operands.get(1) instanceof COSNumber size)) {
                return;
            }
            COSDictionary all = scan.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            COSDictionary dict = all != null ? all.getCOSDictionary(name) : null;
            if (dict == null) {
                return;
            }
            var text = scan.getGraphicsState().getTextState();
            text.setFont(scan.fonts.computeIfAbsent(dict, AdvanceOnlyFont::new));
            text.setFontSize(size.floatValue());
        }

        @Override
        public String getName() {
            return OperatorName.SET_FONT_AND_SIZE;
        }
    }
}
