package dev.dossier.core.resolve;

import dev.dossier.core.template.ReportDefinition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A report with every decision about what to print already made: figures substituted into text,
 * KPI tiles, exhibit and table numbers, citation numbers, chart plans and table rows. The layout
 * draws it and never calls a data source; a snapshot, a comparison with the last edition or a
 * preview start from it too.
 *
 * <p>Immutable, except that tables read their stored rows again each time they are drawn: those
 * rows live until the {@link dev.dossier.core.data.ReportData} the report was resolved from is closed.
 *
 * @param definition the template it was resolved from (title, subtitle, metadata, parameters)
 * @param locale     how numbers and the shape of dates are formatted
 * @param language   the document language: the prose, month names in dates, the cover date
 * @param date       the edition date printed on the cover; null for none
 * @param sections   the sections in order, with their resolved blocks
 * @param warnings   problems that did not stop the run (blocks shown as "data unavailable"), one line each
 */
public record ResolvedReport(ReportDefinition definition, Locale locale, Locale language, LocalDate date,
                             List<ResolvedSection> sections, List<String> warnings) {

    public ResolvedReport {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** The value of a report parameter ({@code edition}, …), or empty. */
    public String parameter(String name) {
        return definition.parameters().getOrDefault(name, "");
    }
}
