package dev.dossier.core.layout;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;

/**
 * Tags one table cell as it is drawn. OpenPDF calls a cell event after the cell's text, so the
 * event wraps what the cell added to the text canvas since the previous cell in the cell's
 * marked content, and what it added to the background and rule canvases in artifacts. A header
 * cell is tagged the first time it is drawn; its repetitions on later pages are artifacts. A
 * cell split across pages keeps one element: its event travels with the split cell.
 */
final class CellTags implements PdfPCellEvent {

    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");

    /** One row of a table; its TR (or TOCI) element is made when its first cell is drawn. */
    static final class Row {
        private final Structure structure;
        private final PdfStructureElement table;
        private final Structure.TableRole role;
        private final boolean header;
        PdfStructureElement element;

        Row(Structure structure, PdfStructureElement table, Structure.TableRole role, boolean header) {
            this.structure = structure;
            this.table = table;
            this.role = role;
            this.header = header;
        }

        private PdfStructureElement element() {
            if (role == Structure.TableRole.GROUP) {
                return table;
            }
            if (element == null) {
                element = new PdfStructureElement(table, role == Structure.TableRole.DATA ? Structure.TR : Structure.TOCI);
                structure.rowStarted(this);
            }
            return element;
        }
    }

    private final Row row;
    private PdfStructureElement element;
    private boolean drawn;

    CellTags(Row row) {
        this.row = row;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        int[] at = row.structure.offsets(canvases);
        for (int c : new int[] {PdfPTable.BACKGROUNDCANVAS, PdfPTable.LINECANVAS}) {
            if (canvases[c].getInternalBuffer().size() > at[c]) {
                Structure.wrap(canvases[c], at[c], Structure.artifactBytes());
            }
            at[c] = canvases[c].getInternalBuffer().size();
        }
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        boolean content = text.getInternalBuffer().size() > at[PdfPTable.TEXTCANVAS];
        boolean repeat = drawn && row.header;
        PdfStructureElement target = repeat || !(content || row.role == Structure.TableRole.DATA) ? null : target();
        drawn = true;
        if (content) {
            byte[] begin = target == null ? Structure.artifactBytes() : Structure.beginBytes(text, target);
            Structure.wrap(text, at[PdfPTable.TEXTCANVAS], begin);
        }
        at[PdfPTable.TEXTCANVAS] = text.getInternalBuffer().size();
    }

    /** The element this cell's content belongs to; null when the cell is an empty tile. */
    private PdfStructureElement target() {
        if (element != null) {
            return element;
        }
        switch (row.role) {
            case DATA -> {
                element = new PdfStructureElement(row.element(), row.header ? Structure.TH : Structure.TD);
                if (row.header) {
                    PdfDictionary attributes = new PdfDictionary();
                    attributes.put(PdfName.O, PdfName.TABLE);
                    attributes.put(SCOPE, COLUMN);
                    element.put(PdfName.A, attributes);
                }
            }
            case CONTENTS -> element = row.element();
            default -> element = new PdfStructureElement(row.element(), PdfName.P);
        }
        return element;
    }
}
