package dev.dossier.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collection;
import java.util.List;

/**
 * Peak heap per iteration, for {@code -prof dev.dossier.bench.PeakHeapProfiler}: the JVM's
 * own high-water marks of each heap pool, reset before every iteration and summed after it.
 * The sum overstates a little (pools peak at different moments) but grows only when a run
 * holds more data, which is what the scale benchmark needs to show.
 */
public final class PeakHeapProfiler implements InternalProfiler {

    @Override
    public String getDescription() {
        return "peak heap used per iteration (sum of heap pool peaks), MB";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return List.of(new ScalarResult("heap.peak", peak / (1024.0 * 1024.0), "MB", AggregationPolicy.MAX));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
