package dev.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.dossier.core.pdf.PdfInspector;
import dev.dossier.core.pdf.PdfSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dossier inspect REPORT.pdf [--json]}: prints a PDF's metadata, pages, outline, fonts, encryption and images. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show a PDF's metadata, PDF/A claim, pages, outline, fonts, encryption and image count.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPORT.pdf", description = "The PDF to inspect.")
    Path pdf;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Mixin
    EncryptedPdfOption encrypted = new EncryptedPdfOption();

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Override
    public Integer call() throws Exception {
        PdfSummary s = PdfInspector.inspect(pdf, encrypted.password);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
            System.out.println(mapper.writeValueAsString(s));
        } else {
            print(s, System.out);
        }
        return 0;
    }

    private static void print(PdfSummary s, PrintStream out) {
        PdfSummary.Info m = s.metadata();
        out.println(s.file());
        line(out, "PDF version", s.pdfVersion());
        line(out, "PDF/A", s.pdfa() == null ? "no claim" : s.pdfa() + " (claimed in XMP)");
        line(out, "PDF/UA", s.pdfua() == null ? "no claim" : s.pdfua() + " (claimed in XMP)");
        line(out, "Tagged", s.tagged() ? "yes (structure tree)" : "no");
        line(out, "Title", m.title());
        line(out, "Author", m.author());
        line(out, "Subject", m.subject());
        line(out, "Keywords", m.keywords());
        line(out, "Language", m.language());
        line(out, "Creator", m.creator());
        line(out, "Producer", m.producer());
        line(out, "Created", m.created() == null ? null : m.created().toString());
        line(out, "Modified", m.modified() == null ? null : m.modified().toString());
        line(out, "Pages", String.valueOf(s.pages()));
        for (PdfSummary.PageSize size : s.pageSizes()) {
            line(out, "Page size", String.format(Locale.ROOT, "%.0f × %.0f pt (%s), %d %s", size.width(), size.height(),
                    size.millimetres(), size.pages(), size.pages() == 1 ? "page" : "pages"));
        }
        PdfSummary.Encryption e = s.encryption();
        line(out, "Encrypted", e.encrypted() ? "yes, " + e.keyLength() + "-bit key (" + e.filter() + ")" : "no");
        line(out, "Images", String.valueOf(s.images()));
        out.println("Fonts (" + s.fonts().size() + "):");
        for (PdfSummary.FontInfo f : s.fonts()) {
            out.printf("  %-40s %-22s %s%s%n", f.name(), f.type(), f.embedded() ? "embedded" : "NOT embedded",
                    f.subset() ? ", subset" : "");
        }
        out.println("Outline" + (s.outline().isEmpty() ? ": none" : ":"));
        outline(out, s.outline(), 1);
    }

    private static void outline(PrintStream out, List<PdfSummary.OutlineEntry> entries, int depth) {
        for (PdfSummary.OutlineEntry entry : entries) {
            out.printf("%s%s%s%n", "  ".repeat(depth), entry.title(), entry.page() > 0 ? " … p. " + entry.page() : "");
            outline(out, entry.children(), depth + 1);
        }
    }

    private static void line(PrintStream out, String label, String value) {
        out.printf("%-12s %s%n", label + ":", value == null || value.isEmpty() ? "—" : value);
    }
}
