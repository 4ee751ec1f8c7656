package dev.dossier.scheduler;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Schedules declared in YAML ({@code schedules:} a list of entries with the keys of
 * {@link ScheduleSpec}); {@code template} and {@code batch} are read against the file's folder.
 */
public final class ScheduleFile {

    private record Entry(String name, String template, String cron, String zone, String out, String theme,
                         Map<String, String> parameters, Misfire misfire, Integer retries, Integer keep,
                         List<String> email, String batch) {
    }

    private record Document(List<Entry> schedules) {
    }

    private ScheduleFile() {
    }

    /** The file's schedules, each checked; @throws DossierException INPUT naming the file and the entry */
    public static List<ScheduleSpec> read(Path file) {
        Document doc;
        try {
            doc = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    .readValue(Files.readString(file), Document.class);
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.SCHEDULE_INVALID, file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        Path base = file.toAbsolutePath().getParent();
        List<ScheduleSpec> out = new ArrayList<>();
        for (Entry e : doc == null || doc.schedules() == null ? List.<Entry>of() : doc.schedules()) {
            if (e.name() == null || e.template() == null || e.cron() == null || e.out() == null) {
                throw DossierException.input(ErrorCode.SCHEDULE_INVALID, file + ": schedule '" + e.name()
                        + "' needs name, template, cron and out");
            }
            ScheduleSpec spec = new ScheduleSpec(e.name(), base.resolve(e.template()).normalize().toString(), e.cron(),
                    e.zone() == null ? "UTC" : e.zone(), e.out(), e.theme(), e.parameters(), e.misfire(),
                    e.retries() == null ? 0 : e.retries(), e.keep() == null ? 0 : e.keep(), e.email(),
                    e.batch() == null ? null : base.resolve(e.batch()).normalize().toString());
            try {
                Schedules.check(spec);
            } catch (DossierException ex) {
                throw DossierException.input(ex.errorCode(), file + ": " + ex.getMessage());
            }
            out.add(spec);
        }
        return out;
    }
}
