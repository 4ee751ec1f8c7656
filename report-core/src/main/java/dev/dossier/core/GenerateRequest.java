package dev.dossier.core;

import dev.dossier.core.pdf.Permission;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate: a template, where to write the PDF, and named options, built with
 * {@link #builder(Path, Path)}.
 *
 * <pre>{@code
 * GenerateRequest.builder(Path.of("templates/china-ai-briefing.yaml"), Path.of("out/briefing.pdf"))
 *         .parameter("edition", "2026-Q1").deterministic(true).snapshot(Path.of("out/briefing.snapshot.json"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GenerateRequest {

    /**
     * Passwords and permissions of an encrypted PDF.
     *
     * @param userPassword  needed to open the PDF; null or empty opens without one (restricted by permissions)
     * @param ownerPassword lifts the restrictions; null for a random one
     * @param permissions   what a reader with the user password may do; null for everything
     */
    public record Protection(String userPassword, String ownerPassword, Set<Permission> permissions) {
        @Override
        public String toString() {
            return "Protection[passwords hidden, permissions=" + permissions + "]";
        }
    }

    private final Path template;
    private final Path output;
    private final Map<String, String> parameters;
    private final String theme;
    private final boolean deterministic;
    private final boolean pdfa;
    private final String pdfaLevel;
    private final boolean pdfua;
    private final Protection protection;
    private final Path snapshot;
    private final Path fromSnapshot;
    private final Path compareWith;

    private GenerateRequest(Builder b) {
        this.template = b.template;
        this.output = b.output;
        this.parameters = Map.copyOf(b.parameters);
        this.theme = b.theme;
        this.deterministic = b.deterministic;
        this.pdfa = b.pdfa;
        this.pdfaLevel = b.pdfaLevel;
        this.pdfua = b.pdfua;
        this.protection = b.protection;
        this.snapshot = b.snapshot;
        this.fromSnapshot = b.fromSnapshot;
        this.compareWith = b.compareWith;
    }

    /** A builder with every option of this request, writing to {@code newOutput} instead. */
    public Builder toBuilder(Path newOutput) {
        Builder b = new Builder(template, newOutput).parameters(parameters).theme(theme).deterministic(deterministic)
                .pdfa(pdfa).protection(protection).fromSnapshot(fromSnapshot).compareWith(compareWith)
                .pdfaLevel(pdfaLevel).pdfua(pdfua);
        return b;
    }

    /** Starts a request to render {@code template} into the PDF {@code output}. */
    public static Builder builder(Path template, Path output) {
        return new Builder(template, output);
    }

    /** The template file. */
    public Path template() {
        return template;
    }

    /** The PDF to write; replaced only when the run succeeds. */
    public Path output() {
        return output;
    }

    /** Overrides of the template's parameters ({@code -p KEY=VALUE}); never null. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** A theme name or file overriding the template's; null to keep it. */
    public String theme() {
        return theme;
    }

    /** Whether the output must be byte-identical across runs with the same inputs. */
    public boolean deterministic() {
        return deterministic;
    }

    /** Whether to write PDF/A (every font embedded, sRGB output intent, XMP claim); see {@link #pdfaLevel()}. */
    public boolean pdfa() {
        return pdfa;
    }

    /** The PDF/A level written with {@link #pdfa()}: {@code "2b"} (the default) or {@code "1b"}. */
    public String pdfaLevel() {
        return pdfaLevel;
    }

    /** Whether to declare PDF/UA-1 in the XMP (the PDF is tagged either way). */
    public boolean pdfua() {
        return pdfua;
    }

    /** Passwords and permissions for AES-256 encryption; null for an unencrypted PDF. */
    public Protection protection() {
        return protection;
    }

    /** Where to write the edition's snapshot (the data it printed); null for none. */
    public Path snapshot() {
        return snapshot;
    }

    /** A snapshot to render from instead of calling any data source; null to use the sources. */
    public Path fromSnapshot() {
        return fromSnapshot;
    }

    /** The previous edition's snapshot, for the template's "what changed" block; null for none. */
    public Path compareWith() {
        return compareWith;
    }

    @Override
    public String toString() {
        return "GenerateRequest[" + template + " -> " + output + ", parameters=" + parameters.keySet() + "]";
    }

    /** Builds a {@link GenerateRequest}; every option is off or empty until set. */
    public static final class Builder {
        private final Path template;
        private final Path output;
        private final Map<String, String> parameters = new java.util.LinkedHashMap<>();
        private String theme;
        private boolean deterministic;
        private boolean pdfa;
        private String pdfaLevel = "2b";
        private boolean pdfua;
        private Protection protection;
        private Path snapshot;
        private Path fromSnapshot;
        private Path compareWith;

        private Builder(Path template, Path output) {
            this.template = Objects.requireNonNull(template, "template");
            this.output = Objects.requireNonNull(output, "output");
        }

        /** Adds parameter overrides; later values replace earlier ones. */
        public Builder parameters(Map<String, String> values) {
            if (values != null) {
                parameters.putAll(values);
            }
            return this;
        }

        /** Overrides one template parameter. */
        public Builder parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        /** A theme name (in the theme folders) or file; null keeps the template's. */
        public Builder theme(String nameOrFile) {
            this.theme = nameOrFile;
            return this;
        }

        /** Byte-identical output for identical inputs. */
        public Builder deterministic(boolean on) {
            this.deterministic = on;
            return this;
        }

        /** PDF/A-2b output. */
        public Builder pdfa(boolean on) {
            this.pdfa = on;
            return this;
        }

        /**
         * PDF/A output at {@code level}: {@code "2b"} or {@code "1b"}.
         *
         * @throws IllegalArgumentException for another level
         */
        public Builder pdfa(String level) {
            String l = level.strip().toLowerCase(java.util.Locale.ROOT);
            if (!l.equals("2b") && !l.equals("1b")) {
                throw new IllegalArgumentException("PDF/A level must be 2b or 1b, not '" + level + "'");
            }
            this.pdfa = true;
            this.pdfaLevel = l;
            return this;
        }

        private Builder pdfaLevel(String level) {
            this.pdfaLevel = level;
            return this;
        }

        /** Declares PDF/UA-1 (accessible PDF) in the XMP metadata. */
        public Builder pdfua(boolean on) {
            this.pdfua = on;
            return this;
        }

        /** AES-256 encryption; null for none. */
        public Builder protection(Protection p) {
            this.protection = p;
            return this;
        }

        /** Writes the edition's snapshot to {@code file}; null for none. */
        public Builder snapshot(Path file) {
            this.snapshot = file;
            return this;
        }

        /** Renders from a snapshot instead of the data sources; null to use the sources. */
        public Builder fromSnapshot(Path file) {
            this.fromSnapshot = file;
            return this;
        }

        /** Compares with a previous edition's snapshot; null for none. */
        public Builder compareWith(Path file) {
            this.compareWith = file;
            return this;
        }

        public GenerateRequest build() {
            return new GenerateRequest(this);
        }
    }
}
