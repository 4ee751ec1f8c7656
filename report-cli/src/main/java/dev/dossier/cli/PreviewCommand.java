package dev.dossier.cli;

import dev.dossier.cli.preview.LivePreview;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.pdf.PagePreviewer;
import dev.dossier.core.pdf.PageSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code dossier preview REPORT.pdf [--pages 1-3] [-o DIR] [--dpi 60]}: renders pages to PNG files;
 * {@code dossier preview TEMPLATE --watch [--port N]}: a live preview in the browser, re-rendered on save.
 * Which one is decided by the file's type: a template is {@code *.yaml} or {@code *.yml}; anything else is a PDF.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Render pages of a PDF to PNG images (DIR/<name>-p01.png, …), one line printed per file;",
                "or, given a template and --watch, serve a live preview on http://127.0.0.1:PORT/ that renders again "
                        + "whenever the template, its theme or its data files are saved (Ctrl-C stops it)."})
final class PreviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPORT.pdf|TEMPLATE", description = "The PDF to preview, or a template to preview live.")
    Path file;

    @Option(names = "--pages", paramLabel = "RANGES", description = "Pages such as 1-3, 2 or 1,4-5 (default: all).")
    String pages;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the images (default: the PDF's folder).")
    Path folder;

    @Option(names = "--dpi", paramLabel = "DPI",
            description = "Resolution, 10 to 600 (default: 60 for PNG files, 110 in the browser).")
    Float dpi;

    @Option(names = "--watch", description = "With a template: serve a live preview and render again on every save.")
    boolean watch;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8090",
            description = "Loopback port of the live preview (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--theme", paramLabel = "NAME|FILE", completionCandidates = ThemeNames.class,
            description = "Theme name or YAML file overriding the template's (live preview).")
    String theme;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "Override a template parameter (live preview; repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Mixin
    EncryptedPdfOption encrypted = new EncryptedPdfOption();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException, InterruptedException {
        boolean template = isTemplate(file);
        if (!template && watch) {
            throw DossierException.input(ErrorCode.USAGE, file + " is not a template (.yaml): --watch previews a template "
                    + "live; give the template instead");
        }
        if (template && !watch) {
            throw DossierException.input(ErrorCode.USAGE, file + " is a template: to preview it live in the browser "
                    + "add --watch, or generate it and preview the PDF");
        }
        return template ? live() : pngFiles();
    }

    private int pngFiles() {
        PageSelection selection = PageSelection.parse(pages);
        Path dir = folder != null ? folder : file.toAbsolutePath().getParent();
        PagePreviewer.render(file, encrypted.password, selection, dir, dpi != null ? dpi : PagePreviewer.DEFAULT_DPI, written -> {
            if (!common.verbosity.quiet) {
                System.out.println(written);
            }
        });
        return 0;
    }

    private int live() throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw DossierException.input(ErrorCode.FILE_NOT_FOUND, file + ": no such file");
        }
        float resolution = dpi != null ? dpi : 110f;
        if (!(resolution >= 10 && resolution <= 600)) {
            throw DossierException.input(ErrorCode.PREVIEW_PAGES, "--dpi " + resolution + ": expected 10 to 600 dots per inch");
        }
        boolean quiet = common.verbosity.quiet;
        LivePreview preview;
        try {
            preview = LivePreview.start(common.engine(), file, parameters, theme, port, resolution, line -> {
                if (!quiet) {
                    System.err.println("dossier: " + line);
                }
            });
        } catch (java.net.BindException e) {
            throw DossierException.input(ErrorCode.USAGE, "--port " + port + ": in use; choose another port, or 0 for any free one");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "dossier-preview-stop"));
        System.out.println("Preview of " + file + " at " + preview.address() + " (Ctrl-C stops it)");
        stopped.await();
        return 0;
    }

    /** Whether {@code f} is a template ({@code *.yaml} or {@code *.yml}); anything else is taken for a PDF. */
    static boolean isTemplate(Path f) {
        String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
