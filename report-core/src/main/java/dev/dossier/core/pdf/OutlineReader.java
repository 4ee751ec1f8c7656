package dev.dossier.core.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Reads the outline (bookmarks) with the page each entry leads to, following named destinations and GoTo actions. */
final class OutlineReader {

    private OutlineReader() {
    }

    static List<PdfSummary.OutlineEntry> read(PDDocument doc) throws IOException {
        PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
        return outline == null ? List.of() : children(doc, outline, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static List<PdfSummary.OutlineEntry> children(PDDocument doc, PDOutlineNode node, Set<Object> seen)
            throws IOException {
        List<PdfSummary.OutlineEntry> out = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            if (!seen.add(item.getCOSObject())) {
                break; // a malformed outline that loops back on itself
            }
            PDPage page = item.findDestinationPage(doc);
            int number = page == null ? 0 : doc.getPages().indexOf(page) + 1;
            String title = item.getTitle() == null ? "" : item.getTitle();
            out.add(new PdfSummary.OutlineEntry(title, number, children(doc, item, seen)));
        }
        return out;
    }
}
