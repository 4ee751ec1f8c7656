package dev.dossier.cli.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.ReportEngine;
import dev.dossier.core.config.DossierConfig;
import dev.dossier.core.source.ProviderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The live preview over real HTTP: what it serves, what a save renders again, and which data it reads again. */
class LivePreviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LivePreview start(Path template) throws Exception {
        ReportEngine engine = new ReportEngine(ProviderRegistry.discover(List.of()), DossierConfig.themeFolders());
        return LivePreview.start(engine, template, Map.of(), null, 0, 36, line -> { });
    }

    @Test
    void aSavedTemplateIsRenderedAgainWithoutReadingItsDataAgainButASavedDataFileIsRead(@TempDir Path dir) throws Exception {
        Path template = PreviewFixtures.template(dir, "First title", "usd_billion");
        try (LivePreview preview = start(template)) {
            assertThat(state(preview).path("title").asText()).isEqualTo("First title");
            assertThat(preview.datasetReads()).isEqualTo(1);

            PreviewFixtures.template(dir, "Second title", "usd_billion");
            int before = await(preview, "the title is rendered", titled("Second title")).path("rendering").asInt();
            assertThat(preview.datasetReads()).isEqualTo(1);

            PreviewFixtures.data(dir, "10.1");
            await(preview, "the data file is rendered", s -> s.path("rendering").asInt() > before && s.path("error").isNull());
            assertThat(preview.datasetReads()).isEqualTo(2);
        }
    }

    @Test
    void servesThePagesAsPngAtTheGivenResolutionAndTheOutlineOfThePdf(@TempDir Path dir) throws Exception {
        try (LivePreview preview = start(PreviewFixtures.template(dir, "T", "usd_billion"))) {
            JsonNode state = state(preview);
            JsonNode first = state.path("pages").get(0);
            HttpResponse<byte[]> png = HTTP.send(HttpRequest.newBuilder(preview.address().resolve("/page/1.png")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth()).isEqualTo((int) (first.path("width").floatValue() * 36 / 72));
            assertThat(state.path("outline").get(0).path("title").asText()).isEqualTo("Investment");
            int pages = state.path("pages").size();
            assertThat(get(preview.address().resolve("/page/" + (pages + 1) + ".png")).statusCode()).isEqualTo(404);
            assertThat(get(preview.address()).body()).contains("\"title\":\"T\"");
        }
    }

    @Test
    void aTemplateErrorKeepsTheLastGoodRenderingAndNamesTheLine(@TempDir Path dir) throws Exception {
        Path template = PreviewFixtures.template(dir, "Good", "usd_billion");
        try (LivePreview preview = start(template)) {
            PreviewFixtures.template(dir, "Good", "usd_bilion");
            JsonNode broken = await(preview, "the error is shown", s -> !s.path("error").isNull());
            assertThat(broken.path("error").path("code").asText()).isEqualTo("DOS-TEMPLATE-UNKNOWN-COLUMN");
            assertThat(broken.path("error").path("message").asText()).contains("t.yaml:" + PreviewFixtures.COLUMNS_LINE + ":");
            assertThat(broken.path("rendering").asInt()).isEqualTo(1);
            assertThat(broken.path("title").asText()).isEqualTo("Good");
            PreviewFixtures.template(dir, "Fixed", "usd_billion");
            await(preview, "the fix is rendered", titled("Fixed"));
        }
    }

    @Test
    void refusesRequestsNamingAnotherHost(@TempDir Path dir) throws Exception {
        try (LivePreview preview = start(PreviewFixtures.template(dir, "T", "usd_billion"));
             Socket s = new Socket(preview.address().getHost(), preview.address().getPort())) {
            // a raw request: HTTP clients will not send a Host header of one's choosing
            OutputStream out = s.getOutputStream();
            out.write("GET /state HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void aPortInUseIsRefusedWithABindError(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LivePreview.start(new ReportEngine(ProviderRegistry.discover(List.of()),
                    DossierConfig.themeFolders()), PreviewFixtures.template(dir, "T", "usd_billion"), Map.of(), null,
                    taken.getLocalPort(), 36, line -> { })).isInstanceOf(BindException.class);
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode state(LivePreview preview) throws Exception {
        return JSON.readTree(get(preview.address().resolve("/state")).body());
    }

    /** The state once {@code wanted} holds for it, polled with a generous limit. */
    private static JsonNode await(LivePreview preview, String what, Predicate<JsonNode> wanted) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        JsonNode s = state(preview);
        while (!wanted.test(s) && System.nanoTime() < until) {
            Thread.sleep(50);
            s = state(preview);
        }
        assertThat(wanted.test(s)).as("after 90 s, " + what + "; the state is " + s).isTrue();
        return s;
    }

    private static Predicate<JsonNode> titled(String title) {
        return s -> s.path("title").asText().equals(title) && s.path("error").isNull();
    }
}
