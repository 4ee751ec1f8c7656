package dev.dossier.core.source;

import dev.dossier.core.error.DossierException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread on which an opened source's code runs, so that each call into it can be
 * bounded by a timeout.
 *
 * <p>A call that does not return in time is interrupted and the worker is abandoned: Java
 * cannot stop a thread that ignores interrupts, so the thread is a daemon and every later call
 * fails at once instead of queueing behind the hung one. The thread's context class loader is
 * the provider's own, as libraries inside plugins expect.
 */
final class ProviderWorker implements AutoCloseable {

    private final ExecutorService executor;
    private final Duration timeout;
    private final SecretMask mask;
    private volatile boolean abandoned;

    ProviderWorker(LoadedProvider provider, Duration timeout, SecretMask mask) {
        this.timeout = timeout;
        this.mask = mask;
        ClassLoader pluginLoader = provider.provider().getClass().getClassLoader();
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "dossier-source-" + provider.id());
            t.setDaemon(true);
            t.setContextClassLoader(pluginLoader);
            return t;
        });
    }

    /**
     * Runs {@code body} on the worker and waits at most the timeout.
     *
     * @param where {@code source 'x' dataset 'y'}, for messages
     * @param step  what is being done ({@code open}, {@code fetch}, {@code reading rows}), for messages
     * @throws DossierException {@code DOS-SOURCE-TIMEOUT}, or what {@link Failures#thrown} makes of the failure
     */
    <T> T call(String where, String step, Callable<T> body) {
        if (abandoned) {
            throw Failures.abandoned(where);
        }
        Future<T> future = executor.submit(() -> PluginThreads.run(where + ": " + step, body));
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(future);
            throw Failures.timedOut(where, step, timeout);
        } catch (ExecutionException e) {
            throw Failures.thrown(e.getCause(), where, step, mask);
        } catch (InterruptedException e) {
            abandon(future);
            Thread.currentThread().interrupt();
            throw DossierException.failure(Failures.FAILED, where + ": " + step + " was interrupted", e);
        }
    }

    private void abandon(Future<?> future) {
        abandoned = true;
        future.cancel(true);
        executor.shutdownNow();
    }

    boolean isAbandoned() {
        return abandoned;
    }

    /** Lets the thread end once its current call returns. */
    @Override
    public void close() {
        executor.shutdown();
    }
}
