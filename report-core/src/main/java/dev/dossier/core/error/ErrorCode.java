package dev.dossier.core.error;

import java.util.Locale;

/**
 * The catalogue of every error code Dossier prints, each explained in its own section of
 * {@code docs/errors.md} (a test keeps the two in agreement, both ways).
 *
 * <p>A constant's printed form is {@code DOS-} followed by its name with dashes:
 * {@link #TEMPLATE_UNKNOWN_SOURCE} prints as {@code DOS-TEMPLATE-UNKNOWN-SOURCE} and is explained
 * under the heading {@code template-unknown-source}. Codes are stable: scripts match on them.
 */
public enum ErrorCode {
    BATCH_INVALID,
    CONFIG,
    FIGURE_AMBIGUOUS,
    FILE_ENCODING,
    FILE_NOT_FOUND,
    FILE_UNREADABLE,
    INTERNAL,
    KPI_NO_ROW,
    OUTPUT,
    OUTPUT_PATH,
    PARAM_DATE,
    PARAM_EDITION,
    PARAM_LOCALE,
    PARAM_LANGUAGE,
    PARAM_UNKNOWN,
    PDF_PASSWORD,
    PDF_UNREADABLE,
    PDFA_ENCRYPTION,
    PLUGIN_DIR,
    PLUGIN_DUPLICATE,
    PLUGIN_EXIT,
    PREVIEW_PAGES,
    RENDER_FAILED,
    SCHEDULE_CRON,
    SCHEDULE_INVALID,
    SCHEDULE_OUTPUT,
    SCHEDULE_UNKNOWN,
    SCHEDULE_ZONE,
    SCHEDULER_IN_USE,
    SCHEDULER_STORE,
    SNAPSHOT_INVALID,
    SNAPSHOT_UNKNOWN_DATASET,
    SNAPSHOT_VERSION,
    SOURCE_BAD_ROW,
    SOURCE_DATE_EPOCH,
    SOURCE_FAILED,
    SOURCE_INPUT,
    SOURCE_OPTION,
    SOURCE_TIMEOUT,
    SOURCE_UNKNOWN_DATASET,
    TEMPLATE_BAD_COLUMN,
    TEMPLATE_BAD_REFERENCE,
    TEMPLATE_INVALID,
    TEMPLATE_SYNTAX,
    TEMPLATE_UNKNOWN_COLUMN,
    TEMPLATE_UNKNOWN_DATASET,
    TEMPLATE_UNKNOWN_PARAMETER,
    TEMPLATE_UNKNOWN_SOURCE,
    TEXT_NO_ROW,
    THEME_FONT,
    THEME_INVALID,
    THEME_LOGO,
    THEME_NOT_FOUND,
    USAGE;

    private final String code = "DOS-" + name().replace('_', '-');

    /** The printed code, e.g. {@code DOS-TEMPLATE-UNKNOWN-SOURCE}. */
    public String code() {
        return code;
    }

    /** The heading of this code's section in {@code docs/errors.md}, e.g. {@code template-unknown-source}. */
    public String anchor() {
        return name().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** Whether the error is a data source's (its options, its input, its failure): what {@code onError} may catch. */
    public boolean isSourceError() {
        return name().startsWith("SOURCE_");
    }

    @Override
    public String toString() {
        return code;
    }
}
