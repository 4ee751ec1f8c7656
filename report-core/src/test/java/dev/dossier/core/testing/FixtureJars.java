package dev.dossier.core.testing;

import dev.dossier.api.DataSourceProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds plugin jars for tests: compiles Java sources against report-api and jars chosen classes. */
public final class FixtureJars {

    private FixtureJars() {
    }

    /** Compiles {@code sources} (class name → source) into a fresh folder below {@code work}. */
    public static Path compile(Path work, Map<String, String> sources) throws IOException {
        return compile(work, sources, List.of());
    }

    /**
     * Compiles {@code sources} against {@code before} (class folders searched first, such as a
     * report-api of another version) and then report-api.
     */
    public static Path compile(Path work, Map<String, String> sources, List<Path> before) throws IOException {
        Path src = Files.createTempDirectory(work, "src");
        Path out = Files.createTempDirectory(work, "classes");
        List<String> path = new ArrayList<>(before.stream().map(Path::toString).toList());
        path.add(apiClassPath());
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", String.join(java.io.File.pathSeparator, path),
                "-proc:none", "--release", "17"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, OutputStream.nullOutputStream(), errors, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("fixture sources do not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * Writes a jar holding the classes of {@code classes} whose names start with one of
     * {@code prefixes}, plus a services file listing {@code services} (none when empty).
     */
    public static Path jar(Path jarFile, Path classes, List<String> prefixes, List<String> services) throws IOException {
        Files.createDirectories(jarFile.getParent());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(jarFile));
             Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String entry = classes.relativize(file).toString().replace('\\', '/');
                String className = entry.replace('/', '.');
                if (prefixes.stream().anyMatch(className::startsWith)) {
                    jar.putNextEntry(new JarEntry(entry));
                    jar.write(Files.readAllBytes(file));
                    jar.closeEntry();
                }
            }
            if (!services.isEmpty()) {
                jar.putNextEntry(new JarEntry("META-INF/services/" + DataSourceProvider.class.getName()));
                jar.write(("# fixture\n" + String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return jarFile;
    }

    private static String apiClassPath() {
        try {
            return Path.of(DataSourceProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Source of a provider class with one dataset {@code greeting} holding one row whose
     * {@code text} is {@code textExpression}; {@code members} are added to the class body. It states
     * the API it is compiled against unless {@code members} mention {@code apiVersion} themselves
     * (a comment naming it leaves the method out, as in plugins built before API 1.1).
     */
    public static String provider(String className, String id, String textExpression, String members) {
        int dot = className.lastIndexOf('.');
        return """
                package %s;

                import dev.dossier.api.*;
                import java.util.List;

                public class %s implements DataSourceProvider {
                    static final DatasetDescriptor GREETING = new DatasetDescriptor("greeting", "what the plugin sees",
                            List.of(Column.of("text", ColumnType.STRING, "Text")));

                    %s
                    public String id() { return "%s"; }
                    public String version() { return "1.0.0"; }
                    public List<DatasetDescriptor> datasets() { return List.of(GREETING); }
                    public DataSource open(SourceContext context) {
                        return name -> Datasets.of(GREETING, List.of(Row.builder(GREETING)
                                .set("text", %s)
                                .provenance(new Provenance("fixture", "", "", "", Confidence.PUBLISHED))
                                .build()));
                    }
                    %s
                }
                """.formatted(className.substring(0, dot), className.substring(dot + 1),
                members.contains("apiVersion") ? "" : "public String apiVersion() { return DossierApi.VERSION; }",
                id, textExpression, members);
    }

    public static String greeting(String version) {
        return """
                package fixture.lib;

                public class Greeting {
                    public String text() { return "%s"; }
                }
                """.formatted(version);
    }
}
