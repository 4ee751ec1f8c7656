package dev.dossier.cli.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real browser for tests: Debian's headless Chromium showing one page, driven through the
 * DevTools protocol (a WebSocket) so a test can read the page's DOM while the page updates itself.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private volatile WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

    /** The Chromium on the PATH ({@code chromium}, as Debian names it), if any. */
    static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private HeadlessChromium(Process process) {
        this.process = process;
    }

    /**
     * Starts Chromium on {@code page} with a fresh profile in {@code profile}.
     *
     * @throws IOException when Chromium does not start or offers no page to drive within a minute
     */
    static HeadlessChromium open(Path binary, URI page, Path profile) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--remote-debugging-port=0", "--user-data-dir=" + profile.resolve("user"), page.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // Chromium's temporary files (its singleton socket) go into the profile, and leave with it
        pb.environment().put("TMPDIR", Files.createDirectories(profile.resolve("tmp")).toString());
        Process p = pb.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread stderr = new Thread(() -> {
            // read to the end, so Chromium never blocks on a full pipe
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            port.completeExceptionally(new IOException("chromium ended without offering the DevTools protocol"));
        }, "chromium-stderr");
        stderr.setDaemon(true);
        stderr.start();
        try {
            int devtools = port.get(60, TimeUnit.SECONDS);
            URI target = pageTarget(devtools, page);
            HeadlessChromium browser = new HeadlessChromium(p);
            browser.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(target, browser.listener())
                    .get(60, TimeUnit.SECONDS);
            return browser;
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("cannot drive chromium: " + e, e);
        }
    }

    /** The DevTools WebSocket of the tab showing {@code page}. */
    private static URI pageTarget(int devtools, URI page) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + devtools + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode t : JSON.readTree(list)) {
                if ("page".equals(t.path("type").asText()) && t.path("url").asText().startsWith(page.toString())) {
                    return URI.create(t.path("webSocketDebuggerUrl").asText());
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("chromium shows no tab for " + page);
    }

    private final StringBuilder partial = new StringBuilder();

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        JsonNode message = JSON.readTree(partial.toString());
                        CompletableFuture<JsonNode> waiting = message.has("id") ? replies.remove(message.get("id").asInt()) : null;
                        if (waiting != null) {
                            waiting.complete(message);
                        }
                    } catch (IOException ignored) {
                        // not a reply this class waits for
                    }
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }
        };
    }

    /** Evaluates a JavaScript expression in the page and returns its value as text ("null" when there is none). */
    String evaluate(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        String call = JSON.writeValueAsString(Map.of("id", id, "method", "Runtime.evaluate",
                "params", Map.of("expression", expression, "returnByValue", true)));
        socket.sendText(call, true).get(30, TimeUnit.SECONDS);
        JsonNode value = reply.get(30, TimeUnit.SECONDS).path("result").path("result").path("value");
        return value.isMissingNode() || value.isNull() ? "null" : value.asText();
    }

    /**
     * Evaluates {@code expression} until its value satisfies {@code wanted}, for at most {@code timeout}.
     *
     * @return the value that satisfied it
     * @throws AssertionError naming the last value seen when time runs out
     */
    String waitFor(String expression, Predicate<String> wanted, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        String last;
        do {
            last = evaluate(expression);
            if (wanted.test(last)) {
                return last;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        throw new AssertionError("after " + timeout.toSeconds() + " s, " + expression + " is still: " + last);
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
