package dev.dossier.core.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes destinations direct arrays: in the named-destination tree, in link annotations and
 * their GoTo actions, and in outline items. OpenPDF writes each destination as an indirect
 * object, which PDF allows but PDF/A checkers such as PDFBox preflight reject
 * ("Destination type entry COSObject is invalid").
 */
final class DirectDestinations {

    private DirectDestinations() {
    }

    static void inline(PDDocument doc) throws java.io.IOException {
        COSDictionary names = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
        COSDictionary dests = names == null ? null : names.getCOSDictionary(COSName.DESTS);
        if (dests != null) {
            inlineTree(dests, 0);
        }
        for (var page : doc.getPages()) {
            for (var annotation : page.getAnnotations()) {
                inlineLink(annotation.getCOSObject());
            }
        }
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            outline.children().forEach(item -> inlineOutline(item, 0));
        }
    }

    private static void inlineOutline(org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem item,
                                      int depth) {
        if (depth > 32) {
            return;
        }
        inlineLink(item.getCOSObject());
        item.children().forEach(child -> inlineOutline(child, depth + 1));
    }

    /** {@code /Dest} of the dictionary and {@code /D} of its {@code /A} action, made direct. */
    private static void inlineLink(COSDictionary dict) {
        direct(dict, COSName.DEST);
        COSDictionary action = dict.getCOSDictionary(COSName.A);
        if (action != null) {
            direct(action, COSName.D);
        }
    }

    private static void direct(COSDictionary dict, COSName key) {
        if (dict.getItem(key) instanceof COSObject indirect && indirect.getObject() != null) {
            dict.setItem(key, written(indirect.getObject()));
        }
    }

    /** A copy of the destination marked direct, so the writer puts it in place rather than by reference. */
    private static COSBase written(COSBase destination) {
        if (destination instanceof COSArray array) {
            COSArray copy = new COSArray();
            for (int i = 0; i < array.size(); i++) {
                copy.add(array.get(i));
            }
            copy.setDirect(true);
            return copy;
        }
        return destination;
    }

    private static void inlineTree(COSDictionary node, int depth) {
        if (depth > 32) {
            return; // a malformed, cyclic tree: leave it as it is
        }
        COSArray pairs = node.getCOSArray(COSName.NAMES);
        for (int i = 1; pairs != null && i < pairs.size(); i += 2) {
            COSBase value = pairs.get(i);
            if (value instanceof COSObject indirect && indirect.getObject() != null) {
                pairs.set(i, written(indirect.getObject()));
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        for (int i = 0; kids != null && i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary kid) {
                inlineTree(kid, depth + 1);
            }
        }
    }
}
