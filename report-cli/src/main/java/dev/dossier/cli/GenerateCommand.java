package dev.dossier.cli;

import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.BatchPlan;
import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.pdf.Permission;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code dossier generate TEMPLATE [-o OUT.pdf]}: renders a template to PDF. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a PDF report from a template. The PDF appears only when the run succeeds.")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The template YAML file.")
    Path template;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf",
            description = "Where to write the PDF (default: out/<template name>.pdf); with --batch a pattern such as 'out/{company}.pdf'.")
    Path output;

    @Option(names = "--batch", paramLabel = "PARAMS.csv",
            description = "One report per row of this CSV file; its columns are template parameters. Runs on all cores.")
    Path batch;

    @Option(names = "--theme", paramLabel = "NAME|FILE", completionCandidates = ThemeNames.class, description = "Theme name or YAML file overriding the template's.")
    String theme;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "Override a template parameter (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--deterministic", description = "Byte-identical output for identical inputs (also SOURCE_DATE_EPOCH).")
    boolean deterministic;

    @Option(names = "--pdfa", paramLabel = "LEVEL", arity = "0..1", fallbackValue = "2b",
            description = "Write PDF/A (archival): 2b when no level is given, or 1b; every font embedded, sRGB output intent, XMP claim.")
    String pdfa;

    @Option(names = "--pdfua", description = "Declare PDF/UA-1 (accessible PDF; every report is tagged).")
    boolean pdfua;

    @Option(names = "--password", paramLabel = "PW", interactive = true, arity = "0..1", prompt = "Password to open the PDF: ",
            description = "Encrypt with AES-256; readers need this password to open the PDF (asked for when given without a value).")
    String password;

    @Option(names = "--owner-password", paramLabel = "PW", interactive = true, arity = "0..1",
            prompt = "Owner password (lifts the limits): ",
            description = "Owner password that lifts the permission limits (random when omitted).")
    String ownerPassword;

    @Option(names = "--permissions", paramLabel = "PERM", split = ",",
            description = "What readers of the PDF may do (encrypts it; any case): ${COMPLETION-CANDIDATES} (default: all).")
    Set<Permission> permissions;

    @Option(names = "--snapshot", paramLabel = "FILE", arity = "0..1", fallbackValue = "",
            description = "Also write the edition's snapshot: the data it printed (default: beside the PDF, NAME.snapshot.json).")
    Path snapshot;

    @Option(names = "--from-snapshot", paramLabel = "FILE",
            description = "Render from a snapshot instead of calling any data source.")
    Path fromSnapshot;

    @Option(names = "--compare-with", paramLabel = "PREVIOUS.snapshot.json",
            description = "The previous edition's snapshot: fills the template's 'changes' block (what changed since then).")
    Path compareWith;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path out = output != null ? output : Path.of("out", template.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".pdf");
        for (String[] pw : new String[][] {{"--password", password}, {"--owner-password", ownerPassword}}) {
            if (pw[1] != null && pw[1].isEmpty()) {
                throw DossierException.input(ErrorCode.USAGE, pw[0] + " was given an empty password; give one, or leave "
                        + pw[0] + " out for an unencrypted PDF");
            }
        }
        GenerateRequest.Protection protection = password != null || ownerPassword != null || permissions != null
                ? new GenerateRequest.Protection(password, ownerPassword, permissions) : null;
        GenerateRequest.Builder request = GenerateRequest.builder(template, out)
                .parameters(parameters).theme(theme).deterministic(deterministic).pdfua(pdfua).protection(protection)
                .compareWith(compareWith);
        if (pdfa != null) {
            try {
                request.pdfa(pdfa);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pdfa: " + e.getMessage());
            }
        }
        if (batch != null) {
            if (snapshot != null) {
                throw DossierException.input(ErrorCode.USAGE, "--snapshot writes one file; it cannot be combined with --batch");
            }
            return new BatchRun(common, spec.commandLine().getErr()).run(request.build(),
                    BatchPlan.read(batch, output == null ? null : output.toString()));
        }
        GenerateRequest run = request.snapshot(snapshotPath(out)).fromSnapshot(fromSnapshot).build();
        GenerateResult r;
        if (ProgressBars.wanted(common.verbosity)) {
            // on a terminal, pages laid out show as a bar; elsewhere as a line every hundred pages
            try (ProgressBar bar = ProgressBars.onStderr("pages", -1)) {
                r = common.engine().withPageProgress(bar::stepTo).generate(run);
            }
        } else {
            r = common.engine().generate(run);
        }
        if (!common.verbosity.quiet) {
            System.out.printf("%s: %d page%s, %d section%s, %,d bytes%n", r.output(), r.pages(), r.pages() == 1 ? "" : "s",
                    r.sections(), r.sections() == 1 ? "" : "s", r.bytes());
        }
        return 0;
    }

    /** {@code --snapshot} without a value writes {@code NAME.snapshot.json} beside {@code NAME.pdf}. */
    private Path snapshotPath(Path pdf) {
        if (snapshot == null) {
            return null;
        }
        if (!snapshot.toString().isEmpty()) {
            return snapshot;
        }
        String name = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        return pdf.resolveSibling(name + ".snapshot.json");
    }
}
