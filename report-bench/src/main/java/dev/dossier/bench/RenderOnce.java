package dev.dossier.bench;

import dev.dossier.core.GenerateRequest;

import java.nio.file.Path;

/**
 * Renders the benchmark table once and exits, so benchmarks/run.sh can time each renderer as a
 * whole process (JVM start and class loading included), the way a command-line user meets it.
 *
 * <p>Usage: {@code RenderOnce dossier|openpdf|jasper ROWS}
 */
public final class RenderOnce {

    private RenderOnce() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RenderOnce dossier|openpdf|jasper ROWS");
            System.exit(2);
        }
        try (TableFixture fixture = TableFixture.create(Integer.parseInt(args[1]))) {
            Path out = fixture.output("table.pdf");
            switch (args[0]) {
                case "dossier" -> Engines.standard().generate(GenerateRequest.builder(fixture.template(), out).build());
                case "openpdf" -> new OpenPdfTable().render(fixture.csv(), out);
                case "jasper" -> new JasperTable().render(fixture.csv(), out);
                default -> throw new IllegalArgumentException("unknown renderer: " + args[0]);
            }
        }
    }
}
