package dev.dossier.core.chart;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The fonts a theme gives its charts: one regular and one bold face, each held twice, as an
 * embedded PDF font and as an AWT font made from the same TrueType bytes.
 *
 * <p>JFreeChart measures text with the AWT fonts; OpenPDF writes it with the PDF fonts. Both come
 * from one file, so labels are placed exactly where their glyphs end up. The {@link #mapper()}
 * maps any AWT font the chart uses back to the matching PDF font (bold faces to {@link #bold()},
 * everything else to {@link #regular()}); it never returns null.
 *
 * <p>PDF fonts are Identity-H, embedded and subset, so any script the font covers (Chinese with a
 * CJK font) comes out as real, extractable text. Instances are immutable and may be shared by
 * every chart of one document; do not share them across documents written at the same time.
 *
 * @param regular    regular PDF font
 * @param bold       bold PDF font
 * @param awtRegular regular AWT font, 1 pt; derive sizes with {@link Font#deriveFont(float)}
 * @param awtBold    bold AWT font, 1 pt
 * @param mapper     maps AWT fonts to the PDF fonts above
 * @since 0.1
 */
public record ChartFonts(BaseFont regular, BaseFont bold, Font awtRegular, Font awtBold, FontMapper mapper) {

    private static final String LIBERATION = "liberation/LiberationSans-";

    public ChartFonts {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
        Objects.requireNonNull(awtRegular, "awtRegular");
        Objects.requireNonNull(awtBold, "awtBold");
        Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Chart fonts from the bytes of two TrueType files.
     *
     * @throws IllegalArgumentException when the bytes are not a TrueType font
     */
    public static ChartFonts fromTrueType(byte[] regular, byte[] bold) {
        return sharing(pdfFont(regular, "chart-regular.ttf"), pdfFont(bold, "chart-bold.ttf"), regular, bold);
    }

    /**
     * Chart fonts that reuse the document's own PDF fonts, so chart text and body text share
     * one embedded subset per face instead of embedding the font twice.
     *
     * @param regularTtf the bytes {@code pdfRegular} was made from (for the AWT metrics)
     * @param boldTtf    the bytes {@code pdfBold} was made from
     * @throws IllegalArgumentException when the bytes are not a TrueType font
     */
    public static ChartFonts sharing(BaseFont pdfRegular, BaseFont pdfBold, byte[] regularTtf, byte[] boldTtf) {
        byte[] regular = regularTtf;
        byte[] bold = boldTtf;
        Font awtRegular = awtFont(regular);
        Font awtBold = awtFont(bold);
        String boldName = awtBold.getFontName();
        FontMapper mapper = new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                return font.getFontName().equals(boldName) || font.isBold() ? pdfBold : pdfRegular;
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                return (font == pdfBold ? awtBold : awtRegular).deriveFont((float) size);
            }
        };
        return new ChartFonts(pdfRegular, pdfBold, awtRegular, awtBold, mapper);
    }

    /**
     * Liberation Sans (regular and bold) from {@code openpdf-fonts-extra}, for tests and themes
     * that name no font.
     *
     * @throws UncheckedIOException when the font jar is not on the class path
     */
    public static ChartFonts liberationSans() {
        return fromTrueType(resource(LIBERATION + "Regular.ttf"), resource(LIBERATION + "Bold.ttf"));
    }

    /** The regular AWT font at {@code sizePt} points. */
    public Font regular(float sizePt) {
        return awtRegular.deriveFont(sizePt);
    }

    /** The bold AWT font at {@code sizePt} points. */
    public Font bold(float sizePt) {
        return awtBold.deriveFont(sizePt);
    }

    private static BaseFont pdfFont(byte[] ttf, String name) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalArgumentException("not a usable TrueType font: " + e.getMessage(), e);
        }
    }

    /** From a cached file where possible: a font made from a stream leaves a temporary copy behind a killed run. */
    private static Font awtFont(byte[] ttf) {
        try {
            java.util.Optional<java.nio.file.Path> file = FontFileCache.fileOf(ttf);
            Font font = file.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, file.get().toFile())
                    : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
            return font.deriveFont(1f);
        } catch (FontFormatException | IOException e) {
            throw new IllegalArgumentException("not a usable TrueType font: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("font not on the class path: " + path));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
