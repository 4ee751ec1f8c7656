package dev.dossier.core.pdf;

import dev.dossier.core.error.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagePreviewerTest {

    @Test
    void selectedPagesBecomeNumberedPngsOfTheRightSize(@TempDir Path dir) throws Exception {
        Path pdf = TestPdfs.write(dir, "brief.pdf", TestPdfs.report(false));
        List<Path> told = new ArrayList<>();
        List<Path> files = PagePreviewer.render(pdf, null, PageSelection.parse("1,3"), dir.resolve("png"), 60, told::add);

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("brief-p01.png", "brief-p03.png");
        assertThat(told).isEqualTo(files);
        BufferedImage first = ImageIO.read(files.get(0).toFile());
        assertThat(first.getWidth()).isEqualTo((int) Math.floor(595 * 60 / 72f));
        assertThat(first.getHeight()).isEqualTo((int) Math.floor(842 * 60 / 72f));
    }

    @Test
    void aPageBeyondTheDocumentIsReportedWithThePageCount(@TempDir Path dir) throws Exception {
        Path pdf = TestPdfs.write(dir, "brief.pdf", TestPdfs.report(false));
        assertThatThrownBy(() -> PagePreviewer.render(pdf, null, PageSelection.parse("2-9"), dir, 60, p -> { }))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOS-PREVIEW-PAGES");
                    assertThat(e.getMessage()).contains("page 9").contains("has 3 pages");
                });
        assertThat(dir.resolve("brief-p02.png")).doesNotExist();
    }

    @Test
    void pageSelectionsParseRangesAndListsAndRejectNonsense() {
        assertThat(PageSelection.parse("1-3").resolve(5)).containsExactly(1, 2, 3);
        assertThat(PageSelection.parse("2").resolve(5)).containsExactly(2);
        assertThat(PageSelection.parse("1,4-5").resolve(5)).containsExactly(1, 4, 5);
        assertThat(PageSelection.parse(" 3 , 1-2, 2 ").resolve(5)).containsExactly(1, 2, 3);
        assertThat(PageSelection.parse(null).resolve(3)).containsExactly(1, 2, 3);
        for (String bad : new String[] {"0", "3-1", "a", "1,", "-2", "1-2-3", "1..3"}) {
            assertThatThrownBy(() -> PageSelection.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo("DOS-PREVIEW-PAGES"));
        }
    }
}
