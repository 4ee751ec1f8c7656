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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the link annotations of a tagged PDF into its structure tree, as PDF/UA asks: each link
 * becomes a Link element (holding the annotation by object reference) inside the element whose
 * text the link covers, and gets a description in {@code /Contents} ("Link to https://…", "Go to
 * section 3"), and its page tab order follows the structure. OpenPDF writes link annotations but
 * cannot tag them. The owning element is found by {@link LinkOwners}, the document's first element
 * when the link covers no tagged text. An untagged PDF is left alone.
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
        Map<COSDictionary, PDFont> fonts = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            List<PDAnnotationLink> links = page.getAnnotations().stream()
                    .filter(a -> a instanceof PDAnnotationLink && a.getStructParent() < 0)
                    .map(a -> (PDAnnotationLink) a).toList();
            if (links.isEmpty()) {
                continue;
            }
            COSArray marks = elements(parentTree.get(page.getStructParents()));
            int[] owners = LinkOwners.find(page, links.stream().map(PDAnnotationLink::getRectangle).toList(),
                    mcid -> marks != null && mcid >= 0 && mcid < marks.size() && marks.getObject(mcid) instanceof COSDictionary, fonts);
            for (int i = 0; i < links.size(); i++) {
                PDAnnotationLink link = links.get(i);
                PDStructureElement owner = owners[i] >= 0
                        ? new PDStructureElement((COSDictionary) marks.getObject(owners[i])) : firstElement(root);
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

    /** The page's entry in the parent tree: its structure elements indexed by MCID. */
    private static COSArray elements(COSBase marks) {
        return marks instanceof COSObject o && o.getObject() instanceof COSArray a ? a
                : marks instanceof COSArray a ? a : null;
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
