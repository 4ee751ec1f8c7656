package dev.dossier.core.pdf;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Visits the resource dictionaries of every page and of every form XObject they use, nested
 * forms included, each dictionary once (a form used on many pages is visited once).
 */
final class ResourceWalker {

    /** Receives each resource dictionary. */
    @FunctionalInterface
    interface Visitor {
        void visit(PDResources resources) throws IOException;
    }

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    static void walk(PDDocument doc, Visitor visitor) throws IOException {
        ResourceWalker walker = new ResourceWalker();
        for (PDPage page : doc.getPages()) {
            walker.resources(page.getResources(), visitor);
        }
    }

    private void resources(PDResources resources, Visitor visitor) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        visitor.visit(resources);
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                resources(form.getResources(), visitor);
            }
        }
    }
}
