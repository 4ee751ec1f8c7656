package dev.dossier.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Dossier's table at 1k, 10k and 100k rows, every size in a 128 MB heap: time should grow
 * linearly with rows and peak heap (see {@link PeakHeapProfiler}) stay flat, as tables stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m", "-Djava.awt.headless=true"})
public class ScaleBenchmark {

    @Param({"1000", "10000", "100000"})
    public int rows;

    private DossierTable table;

    @Setup(Level.Trial)
    public void setUp() {
        table = new DossierTable(rows);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        table.close();
    }

    @Benchmark
    public void dossier() {
        table.render();
    }
}
