package dev.dossier.core.theme;

import dev.dossier.core.error.ErrorCode;
import com.lowagie.text.pdf.BaseFont;
import dev.dossier.core.error.DossierException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The theme's fonts, loaded once per run as embedded, subset, Identity-H {@link BaseFont}s.
 *
 * <p>Every font is embedded so the PDF looks the same everywhere; fallbacks cover characters
 * the body font lacks (Chinese names, for example).
 *
 * @param regular      body font
 * @param bold         bold font
 * @param italic       italic font
 * @param fallbacks    fonts tried in order for characters the main fonts lack
 * @param regularBytes the regular font file, for charts that need an AWT font of the same face
 * @param boldBytes    the bold font file
 * @param fallbackBytes the fallback font files, in the order of {@code fallbacks}
 */
public record FontSet(BaseFont regular, BaseFont bold, BaseFont italic, List<BaseFont> fallbacks,
                      byte[] regularBytes, byte[] boldBytes, List<byte[]> fallbackBytes) {

    /**
     * Loads the theme's fonts.
     *
     * @throws DossierException INPUT {@code DOS-THEME-FONT} naming the font when it is missing or not a TrueType font
     */
    public static FontSet load(Theme theme) {
        Theme.FontFiles f = theme.fonts();
        byte[] regularBytes = bytes(theme, f.regular());
        byte[] boldBytes = bytes(theme, f.bold());
        List<BaseFont> fallbacks = new ArrayList<>();
        List<byte[]> fallbackBytes = new ArrayList<>();
        for (String fb : f.fallbacks()) {
            byte[] data = bytes(theme, fb);
            fallbacks.add(create(theme, fb, data));
            fallbackBytes.add(data);
        }
        return new FontSet(create(theme, f.regular(), regularBytes), create(theme, f.bold(), boldBytes),
                create(theme, f.italic()), List.copyOf(fallbacks), regularBytes, boldBytes, List.copyOf(fallbackBytes));
    }

    private static BaseFont create(Theme theme, String spec) {
        return create(theme, spec, bytes(theme, spec));
    }

    private static BaseFont create(Theme theme, String spec, byte[] data) {
        String file = stripIndex(spec);
        String index = spec.substring(file.length());
        String name = Path.of(file.replace("classpath:", "")).getFileName().toString() + index;
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, data, null);
            font.setIncludeCidSet(false); // a subset's CIDSet lists too few glyphs for PDF/A-2 and PDF/UA (LibrePDF/OpenPDF#1250)
            return font;
        } catch (Exception e) {
            throw DossierException.input(ErrorCode.THEME_FONT, theme.baseDirectory() + ": font '" + spec
                    + "' could not be used: " + e.getMessage());
        }
    }

    /** The font file's bytes; {@code classpath:} names a resource, anything else a path relative to the theme. */
    static byte[] bytes(Theme theme, String spec) {
        String file = stripIndex(spec);
        try {
            if (file.startsWith("classpath:")) {
                String resource = file.substring("classpath:".length());
                try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw DossierException.input(ErrorCode.THEME_FONT, "font resource '" + resource + "' is not on the class path");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(theme.baseDirectory().resolve(file));
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.THEME_FONT, theme.baseDirectory().resolve(file) + ": font file cannot be read ("
                    + e.getMessage() + ")");
        }
    }

    /** {@code x.ttc,2} → {@code x.ttc}: the collection index is not part of the file name. */
    private static String stripIndex(String spec) {
        int comma = spec.lastIndexOf(',');
        return comma > 0 && spec.substring(comma + 1).matches("\\d+") ? spec.substring(0, comma) : spec;
    }
}
