package dev.dossier.core.data;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.ReadAheadCursor;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;
import dev.dossier.core.edition.Snapshot;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.template.ReportDefinition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edition date of a report and the rule that leaves rows dated after it out of the edition: a
 * briefing dated 2025-Q4 must not print an event of March 2026.
 *
 * <p>The edition date is the last day of the period the {@code edition} parameter names —
 * {@code 2025} → 2025-12-31, {@code 2025-H1} → 2025-06-30, {@code 2025-Q4} → 2025-12-31,
 * {@code 2025-06} → 2025-06-30, {@code 2025-06-15} → that day — else the {@code date} parameter
 * (ISO). An edition label that is not a period ("Autumn briefing") sets no date; without either
 * there is no cutoff and every row is kept.
 *
 * <p>A row's date is read, in this order, from: a {@code date} column of type date; an
 * {@code as_of} column (a date, or text holding an ISO {@code yyyy-mm-dd}); the dataset's only
 * date-typed column; the ISO date its provenance is as of ({@code as_of} in a curated file). A row
 * with no such date, or a null one, is always kept. Immutable and thread-safe.
 */
public final class EditionCutoff {

    /** No edition date: every row is kept. */
    public static final EditionCutoff NONE = new EditionCutoff(null, "");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q(\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("(\\d{4})-?H(\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Text that tries to be a period (starts with a year and a dash) but matched none of the forms above. */
    private static final Pattern PERIOD_LIKE = Pattern.compile("\\d{4}-.*");

    private final LocalDate date;
    private final String label;

    private EditionCutoff(LocalDate date, String label) {
        this.date = date;
        this.label = label;
    }

    /** A cutoff at the end of {@code date}; {@code label} names it in messages (e.g. "edition 2025-Q4"). */
    public static EditionCutoff at(LocalDate date, String label) {
        return date == null ? NONE : new EditionCutoff(date, label == null ? "" : label);
    }

    /**
     * The cutoff of a report from its {@code edition} and {@code date} parameters.
     *
     * @throws DossierException INPUT {@code DOS-PARAM-EDITION} when the edition looks like a period
     *                          but is none ({@code 2025-Q5}, {@code 2025-13}); {@code DOS-PARAM-DATE}
     *                          when {@code date} is not an ISO date
     */
    public static EditionCutoff of(ReportDefinition def) {
        return of(def.parameters());
    }

    /** As {@link #of(ReportDefinition)}, from the parameters alone. */
    public static EditionCutoff of(Map<String, String> parameters) {
        String edition = parameters.get("edition");
        if (edition != null && !edition.isBlank()) {
            Optional<LocalDate> end = endOf(edition.strip());
            if (end.isPresent()) {
                return at(end.get(), "edition " + edition.strip());
            }
        }
        String given = parameters.get("date");
        if (given != null && !given.isBlank()) {
            try {
                return at(LocalDate.parse(given.strip()), "edition date " + given.strip());
            } catch (DateTimeParseException e) {
                throw DossierException.input(ErrorCode.PARAM_DATE, "date '" + given
                        + "' is not a date; expected YYYY-MM-DD, e.g. 2025-11-30");
            }
        }
        return NONE;
    }

    /**
     * The last day of the period an edition label names, or empty when the label is not a period.
     *
     * @throws DossierException INPUT {@code DOS-PARAM-EDITION} for a label that starts like a period but is none
     */
    public static Optional<LocalDate> endOf(String edition) {
        Matcher m;
        try {
            if ((m = YEAR.matcher(edition)).matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
            }
            if ((m = QUARTER.matcher(edition)).matches() && inRange(m.group(2), 4)) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3).atEndOfMonth());
            }
            if ((m = HALF.matcher(edition)).matches() && inRange(m.group(2), 2)) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 6).atEndOfMonth());
            }
            if ((m = MONTH.matcher(edition)).matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth());
            }
            if (DAY.matcher(edition).matches()) {
                return Optional.of(LocalDate.parse(edition));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the error below: 2025-13, 2025-02-30
        }
        if (PERIOD_LIKE.matcher(edition).matches()) {
            throw DossierException.input(ErrorCode.PARAM_EDITION, "edition '" + edition + "' is not a period; expected"
                    + " YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM-DD, e.g. 2025-Q4");
        }
        return Optional.empty();
    }

    /**
     * A snapshot dated by its edition: the last day of its {@code edition} parameter's period when that
     * is one, else the snapshot as it is. Snapshots written before the edition date was the period's end
     * hold the day they ran; this reads them as their period, as {@code dossier diff} and
     * {@code --compare-with} name them. An edition label that starts like a period but is none leaves
     * the snapshot as it is.
     */
    public static Snapshot redate(Snapshot snapshot) {
        String edition = snapshot.parameters().get("edition");
        if (edition == null || edition.isBlank()) {
            return snapshot;
        }
        try {
            return endOf(edition.strip()).map(snapshot::withEditionDate).orElse(snapshot);
        } catch (DossierException e) {
            return snapshot;
        }
    }

    private static boolean inRange(String digit, int max) {
        int n = Integer.parseInt(digit);
        return n >= 1 && n <= max;
    }

    /** The edition date (inclusive: a row dated that day is kept); empty when there is no cutoff. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** What the cutoff is named in messages, e.g. "edition 2025-Q4"; empty for {@link #NONE}. */
    public String label() {
        return label;
    }

    /** The date a row is dated by, under the rule in the class comment; empty when it has none. */
    public static Optional<LocalDate> dateOf(Row row) {
        DatasetDescriptor d = row.descriptor();
        int i = d.indexOf("date");
        if (i >= 0 && d.columns().get(i).type() == ColumnType.DATE) {
            return Optional.ofNullable((LocalDate) row.get(i));
        }
        i = d.indexOf("as_of");
        if (i >= 0) {
            return isoDate(row.get(i));
        }
        List<Column> dates = d.columns().stream().filter(c -> c.type() == ColumnType.DATE).toList();
        if (dates.size() == 1) {
            return Optional.ofNullable((LocalDate) row.get(dates.get(0).name()));
        }
        return isoDate(row.provenance().asOf());
    }

    private static Optional<LocalDate> isoDate(Object value) {
        if (value instanceof LocalDate day) {
            return Optional.of(day);
        }
        if (value instanceof String s && DAY.matcher(s.strip()).matches()) {
            try {
                return Optional.of(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the row is dated after the edition date. Always false for {@link #NONE}. */
    public boolean isLater(Row row) {
        return date != null && dateOf(row).map(d -> d.isAfter(date)).orElse(false);
    }

    /** How many of the rows {@code rows} gives are dated after the edition date; closes the cursor. */
    public int countLater(RowCursor rows) {
        int n = 0;
        try (rows) {
            while (date != null && rows.hasNext()) {
                n += isLater(rows.next()) ? 1 : 0;
            }
        }
        return n;
    }

    /** A cursor over the rows of {@code source} not dated after the edition date; closing it closes {@code source}. */
    public RowCursor keepEdition(RowCursor source) {
        if (date == null) {
            return source;
        }
        return new ReadAheadCursor() {
            @Override
            protected Row read() {
                while (source.hasNext()) {
                    Row r = source.next();
                    if (!isLater(r)) {
                        return r;
                    }
                }
                return null;
            }

            @Override
            protected void release() {
                source.close();
            }
        };
    }

    /** The line verbose output prints for a dataset whose later rows were left out. */
    public String leftOutLine(String ref, int rows) {
        return label + " (to " + date + "): left out " + rows + (rows == 1 ? " row" : " rows") + " of '" + ref
                + "' dated after " + date + " (a binding's 'later: include' keeps them, marked)";
    }
}
