package dev.dossier.core.layout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The logical structure of the PDF being laid out: a Document element with one Sect per report
 * section, holding headings, paragraphs, lists, KPI groups, tables, figures and the contents, in
 * reading order. OpenPDF's paragraphs and tables tag nothing themselves, so each element is added
 * through this class, which opens and closes its structure element and marked content around
 * the drawing; running lines, rules and backgrounds are marked as artifacts.
 */
final class Structure {

    /** How the cells of a table are tagged. */
    enum TableRole {
        /** a data table: TR rows of TH (header rows, scope Column) and TD cells */
        DATA,
        /** tiles laid out as a table: each non-empty cell one P in a Div */
        GROUP,
        /** the table of contents: TOC, one TOCI per row */
        CONTENTS
    }

    static final PdfName ARTIFACT = new PdfName("Artifact");
    static final PdfName SECT = new PdfName("Sect");
    static final PdfName DIV = new PdfName("Div");
    static final PdfName TOC = new PdfName("TOC");
    static final PdfName TOCI = new PdfName("TOCI");
    static final PdfName H1 = new PdfName("H1");
    static final PdfName H2 = new PdfName("H2");
    static final PdfName L = new PdfName("L");
    static final PdfName LI = new PdfName("LI");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    private static final byte[] ARTIFACT_BEGIN = "/Artifact BMC\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final byte[] MARK_END = "EMC\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private final Document document;
    private final TaggedPdfDocument pdf;
    private final PdfWriter writer;
    private PdfStructureElement root;
    private PdfStructureElement container;
    private final Map<PdfPTable, PdfStructureElement> tables = new IdentityHashMap<>();
    private PdfContentByte[] drawing;
    private int[] drawnTo;
    private CellTags.Row openRow;

    private Structure(Document document, TaggedPdfDocument pdf, PdfWriter writer) {
        this.document = document;
        this.pdf = pdf;
        this.writer = writer;
    }

    /** The element new content goes into; the Document element is made once the document is open. */
    private PdfStructureElement container() {
        if (root == null) {
            root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
            container = root;
        }
        return container;
    }

    /** A writer whose document is tagged; the caller opens the document afterwards. */
    private static final class Writer extends PdfWriter {
        Writer(PdfDocument pdf, OutputStream out) {
            super(pdf, out);
        }
    }

    /**
     * Creates a PDF writer for {@code document} writing to {@code out}; when {@code tagged}, with
     * the title shown in the window title bar and the structure of the document to come, else
     * one whose methods here only draw.
     */
    static Structure open(Document document, OutputStream out, boolean tagged) {
        if (!tagged) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setStrictImageSequence(true); // the same layout as a tagged one
            return new Structure(document, null, writer);
        }
        TaggedPdfDocument pdf = new TaggedPdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        PdfWriter writer = new Writer(pdf, out);
        pdf.addWriter(writer);
        writer.setTagged();
        writer.setStrictImageSequence(true); // a chart is drawn where it is added, inside its figure
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.setTabs(PdfName.S);
        return new Structure(document, pdf, writer);
    }

    PdfWriter writer() {
        return writer;
    }

    /** Starts a report section: what follows goes into a new Sect of the document. */
    void section() {
        if (pdf == null) {
            return;
        }
        container();
        container = new PdfStructureElement(root, SECT);
    }

    /** Adds {@code e} to the document as one structure element of type {@code role} (P, H1, …). */
    void add(Element e, PdfName role) {
        if (pdf == null) {
            addRaw(e);
        } else if (e instanceof PdfPTable t) {
            table(t, TableRole.DATA);
        } else if (e instanceof com.lowagie.text.List list) {
            list(list);
        } else {
            leaf(container(), role, e);
        }
    }

    private void leaf(PdfStructureElement parent, PdfName role, Element e) {
        pdf.beginText(new PdfStructureElement(parent, role));
        try {
            addRaw(e);
        } finally {
            pdf.endText();
        }
    }

    /** A list as L, each item an LI with its LBody; the items are added one by one so each is its own element. */
    private void list(com.lowagie.text.List list) {
        PdfStructureElement l = new PdfStructureElement(container(), L);
        for (Object o : list.getItems()) {
            if (o instanceof ListItem item) {
                item.setIndentationLeft(item.getIndentationLeft() + list.getIndentationLeft());
                leaf(new PdfStructureElement(l, LI), LBODY, item);
            } else if (o instanceof Element nested) {
                leaf(new PdfStructureElement(l, LI), LBODY, nested);
            }
        }
    }

    /** Adds a chart image as a Figure whose alternate text is {@code alt}. */
    void figure(Image image, String alt) {
        if (pdf == null) {
            addRaw(image);
            return;
        }
        PdfStructureElement figure = new PdfStructureElement(container(), PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        pdf.beginFigure(figure);
        try {
            addRaw(image);
        } finally {
            pdf.endFigure();
        }
    }

    /**
     * Adds a table (or the part of a streaming table added so far). Each cell is tagged as it is
     * drawn; header rows repeated on later pages are artifacts.
     */
    void table(PdfPTable table, TableRole role) {
        if (pdf == null) {
            addRaw(table);
            return;
        }
        PdfStructureElement element = tables.computeIfAbsent(table, t -> new PdfStructureElement(container(),
                role == TableRole.DATA ? PdfName.TABLE : role == TableRole.CONTENTS ? TOC : DIV));
        int headerRows = role == TableRole.DATA ? table.getHeaderRows() : 0;
        java.util.List<PdfPRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            CellTags.Row row = null;
            for (PdfPCell cell : rows.get(r).getCells()) {
                if (cell == null || cell.getCellEvent() != null) {
                    continue;
                }
                if (row == null) {
                    row = new CellTags.Row(this, element, role, r < headerRows);
                }
                cell.setCellEvent(new CellTags(row));
            }
        }
        addRaw(table);
    }

    /** Draws {@code drawing} on {@code canvas} as marked content of a new element {@code role}. */
    void onCanvas(PdfContentByte canvas, PdfName role, Runnable drawing) {
        if (pdf == null) {
            drawing.run();
            return;
        }
        canvas.beginMarkedContentSequence(new PdfStructureElement(container(), role));
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /** Draws {@code drawing} on {@code canvas} as an artifact: decoration a reader should skip. */
    static void artifact(PdfContentByte canvas, Runnable drawing) {
        canvas.beginMarkedContentSequence(ARTIFACT);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /** The marked-content operator that opens content of {@code element} on {@code canvas}'s page. */
    static byte[] beginBytes(PdfContentByte canvas, PdfStructureElement element) {
        PdfContentByte scratch = canvas.getDuplicate();
        scratch.beginMarkedContentSequence(element);
        return scratch.getInternalBuffer().toByteArray();
    }

    /** Wraps what was written to {@code canvas} since {@code from} in {@code begin} … EMC. */
    static void wrap(PdfContentByte canvas, int from, byte[] begin) {
        com.lowagie.text.pdf.ByteBuffer buffer = canvas.getInternalBuffer();
        byte[] all = buffer.toByteArray();
        buffer.reset();
        buffer.append(all, 0, from);
        buffer.append(begin);
        buffer.append(all, from, all.length - from);
        buffer.append(MARK_END);
    }

    static byte[] artifactBytes() {
        return ARTIFACT_BEGIN.clone();
    }

    /**
     * Writes a finished element and its children to the file now, so a table of many rows does
     * not keep every cell's structure element in memory until the document closes.
     */
    void flush(PdfStructureElement element) {
        PdfObject kids = element.get(PdfName.K);
        if (kids != null && kids.isArray()) {
            com.lowagie.text.pdf.PdfArray array = (com.lowagie.text.pdf.PdfArray) kids;
            for (int k = 0; k < array.size(); k++) {
                if (array.getPdfObject(k) instanceof PdfStructureElement child) {
                    flush(child);
                }
            }
        }
        if (element.getParent() != null
                && element.getParent().get(PdfName.K) instanceof com.lowagie.text.pdf.PdfArray siblings) {
            for (int k = 0; k < siblings.size(); k++) {
                if (siblings.getPdfObject(k) == element) {
                    siblings.set(k, element.getReference());
                }
            }
        }
        try {
            writer.addToBody(element, element.getReference());
        } catch (IOException e) {
            throw DossierException.failure(ErrorCode.RENDER_FAILED, "cannot write the structure: " + e.getMessage(), e);
        }
    }

    private void addRaw(Element e) {
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw DossierException.failure(ErrorCode.RENDER_FAILED, "could not lay out the report: " + ex.getMessage(), ex);
        }
    }

    /** Where each canvas of the table being drawn stood after the last tagged cell. */
    int[] offsets(PdfContentByte[] canvases) {
        if (canvases != drawing) {
            drawing = canvases;
            drawnTo = new int[canvases.length];
        }
        return drawnTo;
    }

    /** Called when a row gets its element: the row before it is complete and is written out. */
    void rowStarted(CellTags.Row row) {
        if (openRow != null && openRow != row && openRow.element != null) {
            flush(openRow.element);
        }
        openRow = row;
    }
}
