package dev.dossier.core.layout;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mixed scripts, uncovered characters and unbreakable tokens in tables, text and charts. */
class TypographyTest {

    static final String LONG_URL = "https://example.org/" + "a-very-long-path-segment-without-any-break".repeat(5);
    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    static Path dir;
    static GenerateResult result;
    static String text;
    static List<TextPosition> glyphs = new ArrayList<>();
    static float pageWidth;

    @BeforeAll
    static void generate() throws IOException {
        Files.writeString(dir.resolve("names.csv"), String.join("\n",
                "name,note,value",
                "百度 Baidu 文心一言,Zürich café naïve,1",
                "삼성전자 Samsung,ひらがな カタカナ,2",
                "Hieroglyph \uD80C\uDC00 here,plain,3",
                "Token," + LONG_URL + ",4",
                "Hash," + HASH + ",5",
                ""));
        Path theme = Path.of("../templates/themes/dossier.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("t.yaml"), """
                title: "中国人工智能 — typography"
                theme: %s
                sources:
                  csv: { file: names.csv, dataset: names, columns: "name:string, note:string, value:integer", title: "Test sheet" }
                sections:
                  - title: 华为 and 百度
                    blocks:
                      - text: "Mixed: 华为 昇腾 910C, 阿里巴巴 通义千问, Zürich. Decomposed: Caf\u0065\u0301 Ren\u0065\u0301e."
                      - table: { data: csv/names, columns: [name, note, value] }
                      - chart: { type: hbar, data: csv/names, x: name, y: value, title: "Chinese labels in a chart" }
                """.formatted(theme));
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), List.of());
        result = engine.generate(GenerateRequest.builder(dir.resolve("t.yaml"), dir.resolve("t.pdf")).build());
        try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
            pageWidth = pdf.getPage(0).getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    glyphs.addAll(positions);
                    super.writeString(s, positions);
                }
            };
            text = stripper.getText(pdf);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"华为 昇腾 910C", "阿里巴巴 通义千问", "百度 Baidu 文心一言", "삼성전자 Samsung",
            "ひらがな カタカナ", "Zürich café naïve", "中国人工智能 — typography", "华为 and 百度"})
    void mixedScriptsExtractFromTheRightFont(String expected) {
        assertThat(text).contains(expected);
    }

    @Test
    void aBaseLetterAndACombiningAccentDrawAsOneAccentedLetter() {
        assertThat(text).contains("Decomposed: Caf\u00E9 Ren\u00E9e").doesNotContain("\u0301");
    }

    @Test
    void everyDrawnGlyphMapsBackToUnicode() {
        assertThat(glyphs).isNotEmpty();
        // the one U+FFFD drawn is the placeholder for the hieroglyph no font has (see below)
        long placeholders = glyphs.stream().filter(g -> g.getUnicode().contains("\uFFFD")).count();
        assertThat(placeholders).isEqualTo(text.chars().filter(c -> c == 0xFFFD).count());
        assertThat(text.replaceAll("Hieroglyph\\s+\uFFFD here", "")).doesNotContain("\uFFFD");
        assertThat(glyphs).allSatisfy(g -> assertThat(g.getUnicode()).isNotEmpty());
    }

    @Test
    void characterNoFontCoversIsReportedWithDatasetRowAndColumn() {
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w)
                .contains("dataset 'csv/names', row 3 ('Hieroglyph").contains("'), column 'name'").contains("U+13000"));
    }

    @Test
    void characterNoFontCoversIsDrawnAsAVisiblePlaceholder() {
        assertThat(text.replaceAll("\\s+", " ")).contains("Hieroglyph \uFFFD here").doesNotContain("\uD80C\uDC00");
    }

    @Test
    void longUnbreakableTokensWrapInsideThePage() {
        String squeezed = text.replaceAll("\\s+", "");
        assertThat(squeezed).contains(LONG_URL).contains(HASH);
        float margin = 57f;
        assertThat(glyphs).allSatisfy(g ->
                assertThat(g.getXDirAdj() + g.getWidthDirAdj()).isLessThanOrEqualTo(pageWidth - margin + 1f));
    }
}
