package dev.dossier.scheduler;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One schedule as the user declared it: which template to render, when, where, and to whom.
 *
 * <p>{@code cron} is a Quartz cron expression (seconds first) read as wall-clock time in
 * {@code zone}, an IANA zone id. {@code out} is a path pattern relative to the scheduler's
 * output root: {@code {name}} is the schedule's name and any other {@code {…}} is a
 * {@link java.time.format.DateTimeFormatter} pattern applied to the scheduled fire time in the
 * schedule's zone. {@code keep} is the number of editions kept on disk (0: all);
 * {@code retries} the number of extra attempts after a failed render. Never null except
 * {@code theme}, {@code batch} and {@code template} details the engine fills in.
 *
 * @param template absolute path of the template YAML
 * @param batch    absolute path of a parameters CSV (one edition per row), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleSpec(String name, String template, String cron, String zone, String out, String theme,
                           Map<String, String> parameters, Misfire misfire, int retries, int keep,
                           List<String> email, String batch) {

    public ScheduleSpec {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        email = email == null ? List.of() : List.copyOf(email);
        misfire = misfire == null ? Misfire.ONCE : misfire;
    }
}
