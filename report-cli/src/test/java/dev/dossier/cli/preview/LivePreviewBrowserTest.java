package dev.dossier.cli.preview;

import dev.dossier.core.ReportEngine;
import dev.dossier.core.config.DossierConfig;
import dev.dossier.core.source.ProviderRegistry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The live preview in a real browser (headless Chromium): the page updates itself when the
 * template is saved, keeps the page the reader was on, and shows a template error with its line above the last good render.
 */
class LivePreviewBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String TITLE = "document.getElementById('report-title').textContent";

    @Test
    void savedTitleAppearsInTheOpenPageOnTheSamePageAndABrokenTemplateShowsItsLineAboveTheLastGoodRender(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        Path template = PreviewFixtures.template(dir, "First title", "usd_billion");
        List<String> log = new CopyOnWriteArrayList<>();
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), DossierConfig.themeFolders());
        try (LivePreview preview = LivePreview.start(engine, template, Map.of(), null, 0, 40, log::add);
             HeadlessChromium browser = HeadlessChromium.open(chromium, preview.address(), dir.resolve("profile"))) {
            browser.waitFor(TITLE, "First title"::equals, PATIENCE);
            String pages = browser.evaluate("document.querySelectorAll('#pages img.page').length");
            assertThat(Integer.parseInt(pages)).isPositive();
            browser.waitFor("document.getElementById('page-1').naturalWidth > 0", "true"::equals, PATIENCE);
            assertThat(browser.evaluate("document.querySelector('#outline a').textContent")).isEqualTo("Investment");

            // the reader is on the last page when the template is saved
            String last = browser.evaluate("scrollToPage({ page: " + pages + ", within: 0 }); pageInView().page");
            assertThat(last).isEqualTo(pages);
            PreviewFixtures.template(dir, "Second title", "usd_billion");
            browser.waitFor(TITLE, "Second title"::equals, PATIENCE);
            assertThat(browser.evaluate("pageInView().page")).isEqualTo(pages);
            assertThat(browser.evaluate("document.getElementById('error').hidden")).isEqualTo("true");

            PreviewFixtures.template(dir, "Second title", "usd_bilion");
            String error = browser.waitFor("document.getElementById('error').hidden ? '' : document.getElementById('error').textContent",
                    e -> !e.isEmpty(), PATIENCE);
            assertThat(error).contains("DOS-TEMPLATE-UNKNOWN-COLUMN").contains("t.yaml:" + PreviewFixtures.COLUMNS_LINE + ":")
                    .contains("usd_bilion");
            // the last good render stays beneath the error
            assertThat(browser.evaluate(TITLE)).isEqualTo("Second title");
            assertThat(browser.evaluate("document.querySelectorAll('#pages img.page').length")).isEqualTo(pages);
        }
    }

    /** Chromium, or a skip with the reason where it is absent; in CI (CI=true) its absence fails the test. */
    private static Path chromium() {
        Optional<Path> found = HeadlessChromium.find();
        if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("chromium is not on the PATH; CI must install it (.ci/run: apt-get install chromium)");
        }
        Assumptions.assumeTrue(found.isPresent(),
                "chromium is not installed, so the live preview is not tested in a browser here (apt-get install chromium)");
        return found.get();
    }
}
