package dev.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dossier.cli.preview.PreviewFixtures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dossier preview} tells a PDF from a template by the file and says what each needs. */
class PreviewCommandTest {

    @Test
    void aTemplateWithoutWatchIsToldToAddIt(@TempDir Path dir) throws IOException {
        Path t = Files.writeString(dir.resolve("t.yaml"), "title: T\nsections: [ { title: S, blocks: [ { text: Hi } ] } ]\n");
        CliRun r = CliRun.of("preview", t.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-USAGE").contains("add --watch");
    }

    @Test
    void aPdfWithWatchIsToldToGiveTheTemplate(@TempDir Path dir) throws IOException {
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7\n");
        CliRun r = CliRun.of("preview", "--watch", pdf.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("DOS-USAGE").contains("is not a template").contains("give the template");
    }

    @Test
    void watchServesOnLoopbackAndStopsOnASignal(@TempDir Path dir) throws Exception {
        Path t = PreviewFixtures.template(dir, "Served", "usd_billion");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                "-cp", System.getProperty("java.class.path"), DossierCommand.class.getName(),
                "preview", t.toString(), "--watch", "--port", "0", "-q")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher address = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C stops it\\)").matcher(String.valueOf(line));
            assertThat(address.find()).as(line).isTrue();
            HttpResponse<String> state = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group(1) + "state")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(state.body()).contains("\"title\":\"Served\"");
        } finally {
            p.destroy(); // SIGTERM: the same shutdown as Ctrl-C
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the preview stops").isTrue();
        try (var left = Files.list(dir.resolve("tmp"))) {
            assertThat(left.filter(f -> f.getFileName().toString().startsWith("dossier-preview-"))).as("its files are deleted").isEmpty();
        }
    }
}
