package dev.dossier.scheduler;

import dev.dossier.core.ReportEngine;
import dev.dossier.core.config.DossierConfig;
import dev.dossier.core.source.ProviderRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** What the scheduler tests share: a real template, a real engine, a wait that polls a condition. */
final class Fixtures {

    static final Path TEMPLATE = Path.of("../examples/batch/company-profile.yaml").toAbsolutePath().normalize();
    static final List<String> LOG = new CopyOnWriteArrayList<>();

    private Fixtures() {
    }

    static ScheduleSpec spec(String name, String cron, Misfire misfire) {
        return new ScheduleSpec(name, TEMPLATE.toString(), cron, "Europe/Berlin",
                "reports/{yyyy-MM-dd}/{name}-{HHmmss}.pdf", null, Map.of("company", "Baidu"), misfire, 0, 0, List.of(), null);
    }

    static EditionRenderer engine() {
        return EditionRenderer.of(new ReportEngine(ProviderRegistry.discover(List.of()), DossierConfig.themeFolders()));
    }

    static RunSettings settings(Path root) {
        return RunSettings.defaults().withOutputRoot(root).withRetryBackoff(Duration.ofMillis(50));
    }

    /** Polls until the condition holds; fails after a generous limit so a hang is reported, not waited out. */
    static void await(String what, BooleanSupplier condition) {
        long limit = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > limit) {
                throw new AssertionError("gave up waiting for: " + what + "\nlog:\n" + String.join("\n", LOG));
            }
            EditionRun.sleep(Duration.ofMillis(100));
        }
    }

    static String text(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + pdf, e);
        }
    }

    static long count(List<Run> runs, String status) {
        return runs.stream().filter(r -> r.status().equals(status)).count();
    }
}
