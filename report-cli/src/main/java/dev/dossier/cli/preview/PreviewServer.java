package dev.dossier.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dossier.core.error.DossierException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the preview on the loopback interface only, with the JDK's {@link HttpServer}:
 * <ul>
 *   <li>{@code GET /} the page, with the current state embedded;</li>
 *   <li>{@code GET /state} the state as JSON ({@link StateJson});</li>
 *   <li>{@code GET /page/N.png} page N of the last good rendering;</li>
 *   <li>{@code GET /events} server-sent events: the state's version, now and after every render.</li>
 * </ul>
 * Requests whose {@code Host} is not a loopback name are refused, so a web page elsewhere cannot
 * read the preview through a rebound DNS name.
 */
final class PreviewServer implements AutoCloseable {

    private record Listener(OutputStream out, CountDownLatch gone) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Supplier<PreviewState> state;
    private final Supplier<PageImages> images;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final String page;

    /**
     * Starts serving.
     *
     * @param port 0 for any free port
     * @throws IOException when the port cannot be bound (in use, not permitted)
     */
    PreviewServer(int port, Supplier<PreviewState> state, Supplier<PageImages> images) throws IOException {
        this.state = state;
        this.images = images;
        this.page = resource("preview.html");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // a thread per open event stream, besides the short requests
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dossier-preview-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The port served, e.g. for {@code http://127.0.0.1:PORT/}. */
    int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page that the state changed. */
    void publish(int version) {
        for (Listener l : listeners) {
            try {
                send(l.out(), version);
            } catch (IOException e) {
                listeners.remove(l);
                l.gone().countDown();
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
                reply(ex, 403, "text/plain", "the preview answers only to 127.0.0.1 and localhost".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!"GET".equals(ex.getRequestMethod())) {
                reply(ex, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.equals("/")) {
                // the state is embedded as JSON; "</" is escaped so no string can end the script element
                String json = StateJson.of(state.get()).replace("</", "<\\/");
                reply(ex, 200, "text/html; charset=utf-8", page.replace("/*STATE*/null", json).getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/state")) {
                reply(ex, 200, "application/json", StateJson.of(state.get()).getBytes(StandardCharsets.UTF_8));
            } else if (path.matches("/page/[0-9]{1,5}\\.png")) {
                pageImage(ex, Integer.parseInt(path.substring(6, path.length() - 4)));
            } else if (path.equals("/events")) {
                events(ex);
            } else {
                reply(ex, 404, "text/plain", ("no such page: " + path).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void pageImage(HttpExchange ex, int page) throws IOException {
        PageImages current = images.get();
        if (current == null || page < 1 || page > current.rendering().pages().size()) {
            reply(ex, 404, "text/plain", ("no page " + page).getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            reply(ex, 200, "image/png", current.png(page));
        } catch (DossierException e) {
            reply(ex, 500, "text/plain", (e.code() + ": " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Keeps the response open and writes the version to it on every {@link #publish}; returns when the page goes away. */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        Listener l = new Listener(ex.getResponseBody(), new CountDownLatch(1));
        listeners.add(l);
        try {
            send(l.out(), state.get().version());
            l.gone().await();
        } catch (IOException e) {
            listeners.remove(l);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(OutputStream out, int version) throws IOException {
        synchronized (out) {
            out.write(("data: " + version + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.replaceFirst(":[0-9]+$", "");
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(PreviewServer.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        listeners.forEach(l -> l.gone().countDown());
        server.stop(0);
        threads.shutdownNow();
    }
}
