package dev.dossier.cli;

import dev.dossier.core.pdf.PagePreviewer;
import dev.dossier.core.pdf.PageSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dossier preview REPORT.pdf [--pages 1-3] [-o DIR] [--dpi 60]}: renders pages to PNG files. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Render pages of a PDF to PNG images (DIR/<name>-p01.png, …), one line printed per file.")
final class PreviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPORT.pdf", description = "The PDF to preview.")
    Path pdf;

    @Option(names = "--pages", paramLabel = "RANGES", description = "Pages such as 1-3, 2 or 1,4-5 (default: all).")
    String pages;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the images (default: the PDF's folder).")
    Path folder;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "60", description = "Resolution, 10 to 600 (default: ${DEFAULT-VALUE}).")
    float dpi;

    @Mixin
    EncryptedPdfOption encrypted = new EncryptedPdfOption();

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Override
    public Integer call() {
        PageSelection selection = PageSelection.parse(pages);
        Path dir = folder != null ? folder : pdf.toAbsolutePath().getParent();
        PagePreviewer.render(pdf, encrypted.password, selection, dir, dpi, file -> {
            if (!verbosity.quiet) {
                System.out.println(file);
            }
        });
        return 0;
    }
}
