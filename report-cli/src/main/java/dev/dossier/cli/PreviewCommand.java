package dev.dossier.cli;

import dev.dossier.core.pdf.PagePreviewer;
import dev.dossier.core.pdf.PageSelection;
import picocli.CommandLine.Command;
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

    @Option(names = "--password", paramLabel = "PW", interactive = true, arity = "0..1",
            description = "Password of an encrypted PDF (asked for when given without a value).")
    String password;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces on errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PageSelection selection = PageSelection.parse(pages);
        Path dir = folder != null ? folder : pdf.toAbsolutePath().getParent();
        PagePreviewer.render(pdf, password, selection, dir, dpi, file -> {
            if (!quiet) {
                System.out.println(file);
            }
        });
        return 0;
    }
}
