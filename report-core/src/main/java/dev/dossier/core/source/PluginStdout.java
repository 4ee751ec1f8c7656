package dev.dossier.core.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Standard output that keeps plugins out of it: bytes written while a thread runs plugin code
 * (see {@link PluginThreads}) go to the log, a line at a time, naming the plugin and step;
 * everything else reaches the real standard output. So {@code dossier sources --json} stays
 * valid JSON whatever a plugin prints.
 *
 * <p>Install it once, at start-up, with {@link #install()}. Thread-safe.
 *
 * @since 0.3
 */
public final class PluginStdout extends OutputStream {

    private static final System.Logger LOG = System.getLogger("dev.dossier.plugin.stdout");

    private final OutputStream real;
    private final Charset charset;
    private final Map<Thread, ByteArrayOutputStream> lines = new ConcurrentHashMap<>();

    PluginStdout(OutputStream real, Charset charset) {
        this.real = real;
        this.charset = charset;
    }

    /** Replaces {@link System#out} with a stream that sends plugin output to the log; returns the real one. */
    public static PrintStream install() {
        PrintStream real = System.out;
        Charset charset = Charset.defaultCharset(); // what System.out encodes with on Java 17
        System.setOut(new PrintStream(new PluginStdout(real, charset), true, charset));
        return real;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Optional<String> plugin = PluginThreads.activity(Thread.currentThread());
        if (plugin.isEmpty()) {
            real.write(b, off, len);
            return;
        }
        ByteArrayOutputStream line = lines.computeIfAbsent(Thread.currentThread(), t -> new ByteArrayOutputStream());
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                log(plugin.get(), line);
            } else {
                line.write(b[i]);
            }
        }
    }

    private void log(String activity, ByteArrayOutputStream line) {
        String text = SecretMask.ofAllSeen().apply(line.toString(charset).stripTrailing());
        line.reset();
        LOG.log(Level.INFO, "plugin output ({0}): {1}", activity, text);
    }

    @Override
    public void flush() throws IOException {
        real.flush();
    }
}
