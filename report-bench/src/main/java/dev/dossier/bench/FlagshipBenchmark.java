package dev.dossier.bench;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The flagship briefing rendered warm, in one process: what a server or a batch pays per
 * report once fonts, themes and classes are loaded. Run from the project folder (it reads
 * {@code templates/china-ai-briefing.yaml}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class FlagshipBenchmark {

    static final Path TEMPLATE = Path.of("templates/china-ai-briefing.yaml");

    private ReportEngine engine;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        engine = Engines.standard();
        out = Files.createTempFile("flagship", ".pdf");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void flagship() {
        engine.generate(GenerateRequest.builder(TEMPLATE.toAbsolutePath(), out).build());
    }
}
