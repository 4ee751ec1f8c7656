package dev.dossier.core.resolve;

import dev.dossier.api.Row;
import dev.dossier.core.data.ReportData;
import dev.dossier.core.error.ErrorCode;
import dev.dossier.core.format.ConfidenceMarks;
import dev.dossier.core.format.ValueFormatter;
import dev.dossier.core.template.DataBinding;
import dev.dossier.core.template.FigureRef;
import dev.dossier.core.template.SourceLocation;

import java.util.regex.Matcher;

/**
 * Figure references in the short texts of a template — section titles and leads, exhibit and
 * table titles, subtitles and notes, KPI labels — filled with the value they name, formatted for
 * the report locale like figures in prose ({@code {{outlook/industry-size[year=2030].cny_billion}}}
 * prints {@code 5,600} in {@code en-US} and {@code 5.600} in {@code de-DE}).
 *
 * <p>The row is cited like any other figure. A figure from the exhibit's or table's own dataset
 * is covered by the "Source:" line under it; a figure from another dataset (or in a section's
 * title or lead, which has no source line) is followed by its citation number, {@code [n]}.
 *
 * <p>One per resolver; not thread-safe. Errors are those of {@link ReportData#require}: INPUT
 * {@code DOS-TEXT-NO-ROW} when no row matches, {@code DOS-FIGURE-AMBIGUOUS} when several do.
 */
final class InlineFigures {

    private final ReportData data;
    private final ValueFormatter format;
    private final Citations citations;
    private final DataUsage usage;

    InlineFigures(ReportData data, ValueFormatter format, Citations citations, DataUsage usage) {
        this.data = data;
        this.format = format;
        this.citations = citations;
        this.usage = usage;
    }

    /**
     * {@code text} with each reference replaced by its value.
     *
     * @param at     where the text was written, for messages
     * @param usedIn what cites the row ("Exhibit 3", "Section 2 text")
     * @param home   the dataset whose source line the text sits above; null for none
     * @return the text; null stays null
     */
    String fill(String text, SourceLocation at, String usedIn, DataBinding home) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher m = FigureRef.IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            FigureRef ref;
            try {
                ref = FigureRef.parse(m.group(1), at);
            } catch (IllegalArgumentException e) {
                throw dev.dossier.core.error.DossierException.input(ErrorCode.TEMPLATE_BAD_REFERENCE, at + ": " + e.getMessage());
            }
            Row row = data.require(ref.binding(), ErrorCode.TEXT_NO_ROW, "'{{" + ref.text() + "}}'");
            usage.used(ref.binding(), row);
            int n = citations.cite(row.provenance(), usedIn,
                    ConfidenceMarks.confidence(row, row.descriptor().indexOf(ref.column())));
            boolean covered = home != null && home.ref().equals(ref.binding().ref());
            m.appendReplacement(out, Matcher.quoteReplacement(format.prose(row, ref.column()) + (covered ? "" : " [" + n + "]")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
