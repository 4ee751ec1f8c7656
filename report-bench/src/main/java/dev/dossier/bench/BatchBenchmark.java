package dev.dossier.bench;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A batch of 200 short reports (a 20-row table on one page after the cover and contents)
 * rendered by a pool of two threads over one shared engine, as {@code --batch} will on two
 * cores. The score is reports per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class BatchBenchmark {

    static final int REPORTS = 200;
    private static final int THREADS = 2;

    private TableFixture fixture;
    private ReportEngine engine;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = TableFixture.create(20);
        engine = Engines.standard();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
        fixture.close();
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void reports() throws InterruptedException, ExecutionException {
        List<Future<?>> runs = new ArrayList<>(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            GenerateRequest request = GenerateRequest.builder(fixture.template(), fixture.output("r" + i + ".pdf")).build();
            runs.add(pool.submit(() -> engine.generate(request)));
        }
        for (Future<?> run : runs) {
            run.get();
        }
    }
}
