package dev.dossier.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summarises a JFR recording of a benchmark (benchmarks/profile.sh) by where the time goes:
 * CPU samples of the benchmark thread grouped by stage and by library, the hottest methods,
 * and the time spent in garbage-collection pauses.
 *
 * <p>"Self" charges a sample to the library of the innermost non-JDK frame (JDK methods count
 * for whoever called them: {@code HashMap.get} inside OpenPDF is OpenPDF's time); "inclusive"
 * counts a sample for a stage when the stage's package is anywhere on the stack.
 *
 * <p>Usage: {@code ProfileSummary RECORDING.jfr}
 */
public final class ProfileSummary {

    /** Package prefixes, most specific first, and what to call them. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("dev.dossier.sources.", "CSV source: reading, parsing, typing (sources-builtin)");
        COMPONENTS.put("dev.dossier.core.data.", "Dossier data: fetch, row spool (core.data)");
        COMPONENTS.put("dev.dossier.core.resolve.", "Dossier resolve (core.resolve)");
        COMPONENTS.put("dev.dossier.core.format.", "Dossier value formatting (core.format)");
        COMPONENTS.put("dev.dossier.core.layout.", "Dossier layout code (core.layout)");
        COMPONENTS.put("dev.dossier.core.pdf.", "Dossier post-processing (core.pdf)");
        COMPONENTS.put("dev.dossier.core.template.", "Dossier template loading (core.template)");
        COMPONENTS.put("dev.dossier.core.theme.", "Dossier themes and fonts (core.theme)");
        COMPONENTS.put("dev.dossier.core.chart.", "Dossier charts and chart fonts (core.chart)");
        COMPONENTS.put("dev.dossier.api.", "Dossier data model (report-api Row, Dataset)");
        COMPONENTS.put("dev.dossier.", "Dossier, other");
        COMPONENTS.put("com.lowagie.text.pdf.PdfPTable", "OpenPDF table layout (PdfPTable, PdfPRow, PdfPCell)");
        COMPONENTS.put("com.lowagie.text.pdf.PdfPRow", "OpenPDF table layout (PdfPTable, PdfPRow, PdfPCell)");
        COMPONENTS.put("com.lowagie.text.pdf.PdfPCell", "OpenPDF table layout (PdfPTable, PdfPRow, PdfPCell)");
        COMPONENTS.put("com.lowagie.text.pdf.ColumnText", "OpenPDF text layout (ColumnText, PdfLine, PdfChunk)");
        COMPONENTS.put("com.lowagie.text.pdf.PdfLine", "OpenPDF text layout (ColumnText, PdfLine, PdfChunk)");
        COMPONENTS.put("com.lowagie.text.pdf.PdfChunk", "OpenPDF text layout (ColumnText, PdfLine, PdfChunk)");
        COMPONENTS.put("com.lowagie.text.pdf.TrueTypeFont", "OpenPDF fonts (TrueType, subsetting, widths)");
        COMPONENTS.put("com.lowagie.text.pdf.BaseFont", "OpenPDF fonts (TrueType, subsetting, widths)");
        COMPONENTS.put("com.lowagie.text.pdf.CJKFont", "OpenPDF fonts (TrueType, subsetting, widths)");
        COMPONENTS.put("com.lowagie.text.pdf.FontDetails", "OpenPDF fonts (TrueType, subsetting, widths)");
        COMPONENTS.put("com.lowagie.text.pdf.PdfContentByte", "OpenPDF content streams (PdfContentByte, ByteBuffer, writer)");
        COMPONENTS.put("com.lowagie.text.pdf.ByteBuffer", "OpenPDF content streams (PdfContentByte, ByteBuffer, writer)");
        COMPONENTS.put("com.lowagie.text.pdf.Pdf", "OpenPDF document and writer (PdfDocument, PdfWriter, objects)");
        COMPONENTS.put("com.lowagie.", "OpenPDF, other (Phrase, Chunk, Font, ...)");
        COMPONENTS.put("org.apache.pdfbox.", "PDFBox (post-processing: parse and save)");
        COMPONENTS.put("org.apache.fontbox.", "PDFBox (post-processing: parse and save)");
        COMPONENTS.put("com.fasterxml.jackson.", "Jackson (template and theme YAML)");
        COMPONENTS.put("org.yaml.", "Jackson (template and theme YAML)");
        COMPONENTS.put("org.openjdk.jmh.", "JMH harness");
    }

    /** Stages counted inclusively: a sample is in a stage when any frame on its stack is. */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("dev.dossier.core.template.", "template load and binding checks");
        STAGES.put("dev.dossier.core.resolve.", "resolve (fetch datasets, decide what to print)");
        STAGES.put("dev.dossier.sources.", "  of which CSV source");
        STAGES.put("dev.dossier.core.layout.", "layout (OpenPDF, one pass)");
        STAGES.put("dev.dossier.core.format.", "  of which value formatting");
        STAGES.put("com.lowagie.", "  of which inside OpenPDF");
        STAGES.put("dev.dossier.core.pdf.", "post-processing (PDFBox)");
    }

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ProfileSummary RECORDING.jfr");
            System.exit(2);
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> stages = new HashMap<>();
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        int samples = 0;
        Duration gcPause = Duration.ZERO;
        int gcs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GCPhasePause")) {
                gcPause = gcPause.plus(e.getDuration());
                gcs++;
            } else if (type.equals("jdk.ExecutionSample") && onBenchmarkThread(e)) {
                RecordedStackTrace stack = e.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                RecordedFrame owner = firstNonJdk(frames);
                self.merge(component(owner), 1, Integer::sum);
                methods.merge(name(frames.get(0)), 1, Integer::sum);
                owners.merge(name(owner), 1, Integer::sum);
                for (String stage : STAGES.keySet()) {
                    if (frames.stream().anyMatch(f -> className(f).startsWith(stage))) {
                        stages.merge(stage, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("%,d CPU samples on the benchmark threads; %,d GC pauses, %,d ms in total%n%n",
                samples, gcs, gcPause.toMillis());
        System.out.println("By stage (inclusive):");
        for (Map.Entry<String, String> s : STAGES.entrySet()) {
            print(s.getValue(), stages.getOrDefault(s.getKey(), 0), samples);
        }
        System.out.println();
        System.out.println("By library (self; JDK frames count for their caller):");
        top(self, samples, 20);
        System.out.println();
        System.out.println("Hottest methods (innermost frame, JDK included):");
        top(methods, samples, 15);
        System.out.println();
        System.out.println("Hottest non-JDK methods (self, JDK frames count for their caller):");
        top(owners, samples, 20);
    }

    /** JMH's worker, the batch benchmark's pool, and the threads Dossier calls its data sources on. */
    private static boolean onBenchmarkThread(RecordedEvent e) {
        RecordedThread t = e.getThread("sampledThread");
        String name = t == null ? null : t.getJavaName();
        return name != null && (name.contains("jmh-worker") || name.startsWith("pool-") || name.startsWith("dossier-"));
    }

    private static RecordedFrame firstNonJdk(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String c = className(f);
            if (!(c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun."))) {
                return f;
            }
        }
        return frames.get(0);
    }

    private static String component(RecordedFrame f) {
        String c = className(f);
        return COMPONENTS.entrySet().stream().filter(e -> c.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("JDK, other (" + c.replaceAll("\\.[^.]+$", "") + ")");
    }

    private static String className(RecordedFrame f) {
        return f.getMethod() == null ? "" : f.getMethod().getType().getName();
    }

    private static String name(RecordedFrame f) {
        return className(f) + "." + (f.getMethod() == null ? "?" : f.getMethod().getName());
    }

    private static void top(Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> print(e.getKey(), e.getValue(), total));
    }

    private static void print(String label, int count, int total) {
        System.out.printf("  %5.1f %%  %6d  %s%n", total == 0 ? 0 : 100.0 * count / total, count, label);
    }
}
