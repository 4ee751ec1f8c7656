package dev.dossier.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The 10,000-row, five-column table with a repeated header and "Page X of Y": Dossier (template,
 * CSV source, resolve, layout, post-processing) against raw OpenPDF (the floor) and
 * JasperReports 7 (the peer), in one JMH run so their ratios compare like with like.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class TableBenchmark {

    static final int ROWS = 10_000;

    private DossierTable dossier;
    private TableFixture fixture;
    private OpenPdfTable openPdf;
    private JasperTable jasper;

    @Setup(Level.Trial)
    public void setUp() {
        dossier = new DossierTable(ROWS);
        fixture = dossier.fixture();
        openPdf = new OpenPdfTable();
        jasper = new JasperTable();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        dossier.close();
    }

    @Benchmark
    public void dossier() {
        dossier.render();
    }

    @Benchmark
    public void openPdf() {
        openPdf.render(fixture.csv(), fixture.output("openpdf.pdf"));
    }

    @Benchmark
    public void jasper() {
        jasper.render(fixture.csv(), fixture.output("jasper.pdf"));
    }
}
