package dev.dossier.core.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the link annotations of a tagged PDF into its structure tree, as PDF/UA asks: each link
 * becomes a Link element (holding the annotation by object reference) inside the element whose
 * text the link covers, and gets a description in {@code /Contents} ("Link to https://…", "Go to
 * section 3"), and its page tab order follows the structure. OpenPDF writes link annotations but cannot tag them. An untagged PDF is left alone.
 */
final class LinkTags {

    private LinkTags() {
    }

    static void apply(PDDocument doc) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        Map<Integer, COSBase> parentTree = new TreeMap<>();
        COSBase tree = root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE);
        if (tree instanceof COSDictionary dict) {
            collect(dict, parentTree);
        }
        int next = parentTree.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (PDPage page : doc.getPages()) {
            List<PDAnnotationLink> links = page.getAnnotations().stream()
                    .filter(a -> a instanceof PDAnnotationLink && a.getStructParent() < 0)
                    .map(a -> (PDAnnotationLink) a).toList();
            if (links.isEmpty()) {
                continue;
            }
            COSBase marks = parentTree.get(page.getStructParents());
            List<PDMarkedContent> content = markedContent(page);
            for (PDAnnotationLink link : links) {
                PDStructureElement owner = owner(link.getRectangle(), content, marks, page, root);
                PDStructureElement element = new PDStructureElement("Link", owner);
                element.setPage(page);
                PDObjectReference ref = new PDObjectReference();
                ref.setReferencedObject(link);
                ref.setPage(page);
                element.appendKid(ref);
                owner.appendKid(element);
                link.setContents(description(link));
                link.setStructParent(next);
                parentTree.put(next++, element.getCOSObject());
            }
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        }
        COSArray nums = new COSArray();
        parentTree.forEach((k, v) -> {
            nums.add(COSInteger.get(k));
            nums.add(v);
        });
        COSDictionary flat = new COSDictionary();
        flat.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, flat);
        root.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, next);
    }

    private static void collect(COSDictionary node, Map<Integer, COSBase> into) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber key) {
                    COSBase value = nums.get(i + 1);
                    into.put(key.intValue(), value instanceof COSObject o ? o : nums.getObject(i + 1));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    collect(kid, into);
                }
            }
        }
    }

    private static List<PDMarkedContent> markedContent(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        return extractor.getMarkedContents();
    }

    /**
     * The structure element whose marked text overlaps the link's rectangle most; the
     * document's first element when none does.
     */
    private static PDStructureElement owner(PDRectangle rect, List<PDMarkedContent> content, COSBase marks,
                                            PDPage page, PDStructureTreeRoot root) {
        float height = page.getMediaBox().getHeight();
        float best = 0;
        PDStructureElement owner = null;
        COSArray elements = marks instanceof COSObject o && o.getObject() instanceof COSArray a ? a
                : marks instanceof COSArray a ? a : null;
        for (PDMarkedContent mc : flatten(content)) {
            int mcid = mc.getMCID();
            if (elements == null || mcid < 0 || mcid >= elements.size()
                    || !(elements.getObject(mcid) instanceof COSDictionary element)) {
                continue;
            }
            float overlap = 0;
            for (Object o : mc.getContents()) {
                if (o instanceof TextPosition t) {
                    float x0 = Math.max(rect.getLowerLeftX(), t.getXDirAdj());
                    float x1 = Math.min(rect.getUpperRightX(), t.getXDirAdj() + t.getWidthDirAdj());
                    float top = height - t.getYDirAdj() + t.getHeightDir();
                    float y0 = Math.max(rect.getLowerLeftY(), height - t.getYDirAdj());
                    float y1 = Math.min(rect.getUpperRightY(), top);
                    if (x1 > x0 && y1 > y0) {
                        overlap += (x1 - x0) * (y1 - y0);
                    }
                }
            }
            if (overlap > best) {
                best = overlap;
                owner = new PDStructureElement(element);
            }
        }
        return owner != null ? owner : firstElement(root);
    }

    private static List<PDMarkedContent> flatten(List<PDMarkedContent> content) {
        List<PDMarkedContent> all = new java.util.ArrayList<>();
        for (PDMarkedContent mc : content) {
            all.add(mc);
            for (Object o : mc.getContents()) {
                if (o instanceof PDMarkedContent inner) {
                    all.addAll(flatten(List.of(inner)));
                }
            }
        }
        return all;
    }

    private static PDStructureElement firstElement(PDStructureTreeRoot root) {
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement e) {
                return e;
            }
        }
        throw new IllegalStateException("the structure tree has no element to hold a link");
    }

    private static String description(PDAnnotationLink link) throws IOException {
        PDAction action = link.getAction();
        if (action instanceof PDActionURI uri) {
            return "Link to " + uri.getURI();
        }
        Object dest = action instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination();
        if (dest instanceof PDNamedDestination named && named.getNamedDestination() != null) {
            return "Go to " + named.getNamedDestination().replace('-', ' ');
        }
        return "Go to another page of this document";
    }

}
