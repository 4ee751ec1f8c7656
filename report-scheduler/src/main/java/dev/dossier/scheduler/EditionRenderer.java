package dev.dossier.scheduler;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.GenerateResult;
import dev.dossier.core.ReportEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders one edition of a schedule: the only place the scheduler calls into the report engine.
 *
 * <p>Each edition writes its PDF and, beside it, {@code NAME.snapshot.json}; when the previous
 * edition's snapshot still exists it is passed as the comparison, filling the template's
 * "what changed since the last edition" block.
 */
public interface EditionRenderer {

    /**
     * Renders {@code spec}'s template to {@code pdf}.
     *
     * @param parameters       the schedule's parameters, plus a batch row's when there is one
     * @param previousSnapshot the previous edition's snapshot, or null for a first edition
     * @throws dev.dossier.core.error.DossierException when the template, data or output fail
     */
    Edition render(ScheduleSpec spec, Map<String, String> parameters, Path pdf, Path previousSnapshot);

    /** Validates a template the way a run would use it; throws the engine's own error. */
    void validate(ScheduleSpec spec);

    /** The snapshot file that belongs beside {@code pdf}. */
    static Path snapshotOf(Path pdf) {
        return pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "") + ".snapshot.json");
    }

    /** The renderer backed by {@code engine}. */
    static EditionRenderer of(ReportEngine engine) {
        return new EditionRenderer() {
            @Override
            public Edition render(ScheduleSpec spec, Map<String, String> parameters, Path pdf, Path previousSnapshot) {
                Path snapshot = snapshotOf(pdf);
                GenerateResult r = engine.generate(GenerateRequest.builder(Path.of(spec.template()), pdf)
                        .parameters(parameters).theme(spec.theme()).snapshot(snapshot)
                        .compareWith(previousSnapshot != null && Files.isRegularFile(previousSnapshot) ? previousSnapshot : null)
                        .build());
                return new Edition(r.output(), snapshot, r.pages(), r.bytes());
            }

            @Override
            public void validate(ScheduleSpec spec) {
                engine.validate(Path.of(spec.template()), spec.parameters(), spec.theme());
            }
        };
    }
}
