package dev.dossier.core.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Saves a document with a trailer {@code /ID} derived from its content: the document is saved
 * once with an all-zero identifier, the first 16 bytes of that file's SHA-256 become both halves
 * of {@code /ID}, and the document is saved again. Same content, same identifier, same bytes.
 */
final class StableSave {

    private static final int ID_LENGTH = 16;

    private StableSave() {
    }

    static void save(PDDocument doc, OutputStream out, CompressParameters compression) throws IOException {
        COSDictionary trailer = doc.getDocument().getTrailer();
        trailer.setItem(COSName.ID, id(new byte[ID_LENGTH]));
        ByteArrayOutputStream draft = new ByteArrayOutputStream();
        doc.save(draft, compression);
        byte[] hash = Arrays.copyOf(Digests.sha256().digest(draft.toByteArray()), ID_LENGTH);
        trailer.setItem(COSName.ID, id(hash));
        doc.save(out, compression);
    }

    private static COSArray id(byte[] value) {
        COSArray id = new COSArray();
        id.add(new COSString(value));
        id.add(new COSString(value.clone()));
        return id;
    }
}
