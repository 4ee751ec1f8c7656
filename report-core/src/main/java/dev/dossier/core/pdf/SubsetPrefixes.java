package dev.dossier.core.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces the random six-letter tag of each embedded font subset ({@code ABCDEF+LiberationSans})
 * by one derived from the subset's own font program, so the same subset gets the same tag in
 * every run. The tag changes in the font's {@code /BaseFont}, in its descendant CID font and in
 * their font descriptors' {@code /FontName}; it stays six upper-case letters.
 */
final class SubsetPrefixes {

    private static final Pattern TAGGED = Pattern.compile("^[A-Z]{6}\\+.+");
    private static final COSName[] FONT_FILES = {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3};

    private SubsetPrefixes() {
    }

    /** Retags every subset font reachable from the trailer; returns how many fonts were retagged. */
    static int stabilise(PDDocument doc) throws IOException {
        int changed = 0;
        for (COSDictionary font : fonts(doc.getDocument().getTrailer())) {
            String name = font.getNameAsString(COSName.BASE_FONT);
            if (name == null || !TAGGED.matcher(name).matches()) {
                continue;
            }
            COSDictionary descendant = descendant(font);
            COSDictionary descriptor = descriptor(descendant != null ? descendant : font);
            String tag = tag(name.substring(7), program(descriptor));
            retag(font, COSName.BASE_FONT, tag);
            retag(descendant, COSName.BASE_FONT, tag);
            retag(descriptor, COSName.FONT_NAME, tag);
            retag(descriptor(font), COSName.FONT_NAME, tag);
            changed++;
        }
        return changed;
    }

    /** Six letters A–Z from a SHA-256 of the base name and the decoded font program. */
    static String tag(String baseName, byte[] program) {
        MessageDigest sha = Digests.sha256();
        sha.update(baseName.getBytes(StandardCharsets.UTF_8));
        sha.update(program);
        byte[] h = sha.digest();
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(h[i], 26)));
        }
        return tag.toString();
    }

    private static void retag(COSDictionary dict, COSName key, String tag) {
        if (dict == null) {
            return;
        }
        String name = dict.getNameAsString(key);
        if (name != null && TAGGED.matcher(name).matches()) {
            dict.setName(key, tag + name.substring(6));
        }
    }

    private static COSDictionary descendant(COSDictionary font) {
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        return descendants != null && descendants.size() > 0 && descendants.getObject(0) instanceof COSDictionary d ? d : null;
    }

    private static COSDictionary descriptor(COSDictionary font) {
        return font.getCOSDictionary(COSName.FONT_DESC);
    }

    private static byte[] program(COSDictionary descriptor) throws IOException {
        if (descriptor != null) {
            for (COSName key : FONT_FILES) {
                if (descriptor.getDictionaryObject(key) instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        return new byte[0];
    }

    /** Every font dictionary reachable from {@code root}, each once. */
    private static List<COSDictionary> fonts(COSDictionary root) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        List<COSDictionary> fonts = new java.util.ArrayList<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            COSBase base = next instanceof COSObject o ? o.getObject() : next;
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary d) {
                if (COSName.FONT.equals(d.getCOSName(COSName.TYPE))) {
                    fonts.add(d);
                }
                d.getValues().forEach(todo::push);
            } else if (base instanceof COSArray a) {
                a.forEach(todo::push);
            }
        }
        return fonts;
    }
}
