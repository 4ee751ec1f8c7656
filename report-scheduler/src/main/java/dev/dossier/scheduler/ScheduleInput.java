package dev.dossier.scheduler;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.text.DidYouMean;
import org.quartz.CronExpression;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks what a user typed for a schedule before anything reaches the job store.
 *
 * <p>Each check throws {@link DossierException} of kind INPUT (exit code 2) naming the schedule,
 * the value and a hint.
 */
public final class ScheduleInput {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private ScheduleInput() {
    }

    /** A schedule name: letters, digits, '.', '_' and '-', at most 100 characters. */
    public static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw DossierException.input(ErrorCode.SCHEDULE_INVALID, "schedule name '" + name
                    + "' must be 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    /** Parses a cron expression in a zone; an error names the position Quartz reports and the expected shape. */
    public static FireTimes cron(String name, String expression, ZoneId zone) {
        try {
            return new FireTimes(expression, zone);
        } catch (ParseException e) {
            String where = badField(expression);
            throw DossierException.input(ErrorCode.SCHEDULE_CRON, "schedule '" + name + "': bad cron expression '"
                    + expression + "'" + where + ": " + e.getMessage()
                    + " (expected 6 or 7 fields, seconds first: SEC MIN HOUR DAY-OF-MONTH MONTH DAY-OF-WEEK [YEAR],"
                    + " one of the two day fields '?', e.g. \"0 0 7 ? * MON\")");
        }
    }

    private static final String[] FIELDS = {"seconds", "minutes", "hours", "day-of-month", "month", "day-of-week", "year"};

    /** Finds the field Quartz rejects by replacing one field at a time with a neutral value. */
    private static String badField(String expression) {
        String[] parts = expression.trim().split("\\s+");
        if (parts.length < 6 || parts.length > 7) {
            return " (" + parts.length + " fields)";
        }
        for (int i = 0; i < parts.length; i++) {
            for (String neutral : new String[] {"0", "*", "?"}) {
                String[] tried = parts.clone();
                tried[i] = neutral;
                if (CronExpression.isValidExpression(String.join(" ", tried))) {
                    int position = 1;
                    for (int j = 0; j < i; j++) {
                        position += parts[j].length() + 1;
                    }
                    return " at position " + position + " (field " + (i + 1) + ", " + FIELDS[i] + ": '" + parts[i] + "')";
                }
            }
        }
        return "";
    }

    /** An IANA zone id; an unknown one gets the closest known id as a suggestion. */
    public static ZoneId zone(String name, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw DossierException.input(ErrorCode.SCHEDULE_ZONE, "schedule '" + name + "': unknown time zone '" + zone
                    + "'" + DidYouMean.hint(zone, ZoneId.getAvailableZoneIds()) + "; use an IANA zone id such as Europe/Berlin");
        }
    }

    /** An output pattern relative to the output root: no absolute path, no {@code ..}. */
    public static String output(String name, String out) {
        Path p = Path.of(out.replaceAll("\\{[^}]*}", "x"));
        boolean escapes = p.isAbsolute() || out.startsWith("/") || out.startsWith("\\") || out.matches("^[A-Za-z]:.*");
        for (Path part : p) {
            escapes |= part.toString().equals("..");
        }
        if (escapes) {
            throw DossierException.input(ErrorCode.SCHEDULE_OUTPUT, "schedule '" + name + "': output path '" + out
                    + "' leaves the output root; give a relative path without '..', e.g. 'reports/{yyyy-MM-dd}/{name}.pdf'");
        }
        if (!out.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw DossierException.input(ErrorCode.SCHEDULE_OUTPUT, "schedule '" + name + "': output path '" + out
                    + "' must end in .pdf");
        }
        return out;
    }

    /** A non-negative count option ({@code --retries}, {@code --keep}). */
    public static int count(String name, String option, int value) {
        if (value < 0) {
            throw DossierException.input(ErrorCode.SCHEDULE_INVALID, "schedule '" + name + "': " + option
                    + " must be 0 or more, not " + value);
        }
        return value;
    }

}
