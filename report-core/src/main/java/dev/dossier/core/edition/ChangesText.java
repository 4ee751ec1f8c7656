package dev.dossier.core.edition;

import dev.dossier.api.ColumnType;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.core.edition.Changes.DatasetChanges;
import dev.dossier.core.edition.Changes.Figure;
import dev.dossier.core.edition.Changes.FigureChange;
import dev.dossier.core.edition.Changes.ProvenanceChange;
import dev.dossier.core.edition.Changes.RowChange;
import dev.dossier.core.edition.Changes.ValueChange;
import dev.dossier.core.format.ValueFormatter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says what changed between two editions in plain lines, one change per line: the text of the
 * "What changed since the last edition" block and of {@code dossier diff}.
 *
 * <p>Values are formatted by {@link ValueFormatter} for the locale, with the source's qualifier
 * ({@code >5,300}) and " (estimate)" after estimated figures, e.g.
 * {@code GenAI patent families, China: 38,210 → 39,000 (+790, up)}. When nothing changed the
 * only line is {@code No figure changed since the edition of 30 Jun 2025.}
 *
 * <p>A pure function of the {@link Changes} and the locale; thread-safe.
 *
 * @since 0.1
 */
public final class ChangesText {

    private final ValueFormatter format;

    /** Lines formatted for {@code locale} (numbers, the shape of dates); months named in English, as the lines are. */
    public ChangesText(Locale locale) {
        this(locale, Locale.US);
    }

    /**
     * @param locale   numbers and the shape of dates
     * @param language the document language, which names months in dates
     */
    public ChangesText(Locale locale, Locale language) {
        this.format = new ValueFormatter(locale, language);
    }

    /**
     * The lines for {@code changes}, in this order: changed figures, datasets added and dropped,
     * rows, sources, then how many headline figures stayed the same; never empty. A row change that
     * a changed figure already shows is not repeated.
     */
    public List<String> lines(Changes changes) {
        if (changes.isEmpty()) {
            return List.of(changes.previousEdition() == null ? "No figure changed since the previous edition."
                    : "No figure changed since the edition of " + format.value(changes.previousEdition(), ColumnType.DATE) + ".");
        }
        List<String> out = new ArrayList<>();
        List<FigureChange> shown = new ArrayList<>();
        int unchanged = 0;
        for (FigureChange f : changes.figures()) {
            if (f.value().direction() == Changes.Direction.UNCHANGED && !f.value().changed()) {
                unchanged++;
            } else {
                out.add(f.figure().label() + ": " + change(f.value()));
                shown.add(f);
            }
        }
        for (Figure f : changes.newFigures()) {
            out.add("New figure: " + f.figure().label() + ": " + cell(f.row(), f.figure().column()));
        }
        for (Figure f : changes.goneFigures()) {
            out.add("No longer shown: " + f.figure().label() + " (was " + cell(f.row(), f.figure().column()) + ")");
        }
        changes.addedDatasets().forEach(ref -> out.add("New dataset: " + ref));
        changes.droppedDatasets().forEach(ref -> out.add("Dataset no longer used: " + ref));
        for (DatasetChanges d : changes.datasets()) {
            d.added().forEach(r -> out.add(d.ref() + ": new row " + cell(r, d.keyColumn())));
            d.removed().forEach(r -> out.add(d.ref() + ": row " + cell(r, d.keyColumn()) + " removed"));
            for (RowChange c : d.changed()) {
                if (shownAsFigure(shown, d, c)) {
                    continue;
                }
                String label = c.value().current().descriptor().column(c.value().column()).orElseThrow().label();
                out.add(d.ref() + ", " + c.key() + ", " + label + ": " + change(c.value()));
            }
        }
        for (ProvenanceChange p : changes.provenance()) {
            out.add(source(p));
        }
        if (unchanged > 0) {
            out.add(unchanged == 1 ? "1 other headline figure is unchanged."
                    : unchanged + " other headline figures are unchanged.");
        }
        return List.copyOf(out);
    }

    /** Whether a changed figure already shows this row's change (same dataset, row and column). */
    private static boolean shownAsFigure(List<FigureChange> shown, DatasetChanges d, RowChange c) {
        for (FigureChange f : shown) {
            Row row = f.value().current();
            if (f.figure().ref().equals(d.ref()) && f.figure().column().equals(c.value().column())
                    && row != null && c.key().equals(row.text(d.keyColumn()))) {
                return true;
            }
        }
        return false;
    }

    private String change(ValueChange v) {
        String before = cell(v.previous(), v.column());
        String after = cell(v.current(), v.column());
        return switch (v.direction()) {
            case UNCHANGED -> v.changed() ? before + " → " + after : after + " (unchanged)";
            case CHANGED -> before + " → " + after;
            case UP -> before + " → " + after + " (" + difference(v.difference(), v.type()) + ", up)";
            case DOWN -> before + " → " + after + " (" + difference(v.difference(), v.type()) + ", down)";
        };
    }

    private String difference(BigDecimal d, ColumnType type) {
        String sign = d.signum() < 0 ? "-" : "+";
        BigDecimal size = d.abs();
        return switch (type) {
            case PERCENT -> sign + format.value(size, ColumnType.DECIMAL) + " pp";
            case YEAR -> sign + size.toPlainString();
            default -> sign + format.value(size, type);
        };
    }

    private String cell(Row row, String column) {
        int i = row.descriptor().indexOf(column);
        if (i < 0) {
            return ValueFormatter.MISSING;
        }
        return format.cell(row, i) + (row.get(i) != null && row.isEstimated(i) ? " (estimate)" : "");
    }

    private static String source(ProvenanceChange p) {
        String where = p.ref() + (p.name().isEmpty() ? "" : ", " + p.name());
        if (p.previous() == null) {
            return where + ": now also cites " + p.current().title();
        }
        if (p.current() == null) {
            return where + ": no longer cites " + p.previous().title();
        }
        if (p.previous().citationKey().equals(p.current().citationKey())) {
            return where + ": confidence changed from " + p.previous().confidence().label() + " to "
                    + p.current().confidence().label() + " (" + p.current().title() + ")";
        }
        return where + ": source changed from " + cited(p.previous()) + " to " + cited(p.current());
    }

    private static String cited(Provenance p) {
        return p.title() + " (" + p.confidence().label() + ")";
    }
}
