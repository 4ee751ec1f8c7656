package dev.dossier.core.edition;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dossier.api.Column;
import dev.dossier.api.Provenance;
import dev.dossier.api.Row;
import dev.dossier.core.edition.Changes.DatasetChanges;
import dev.dossier.core.edition.Changes.Figure;
import dev.dossier.core.edition.Changes.FigureChange;
import dev.dossier.core.edition.Changes.ProvenanceChange;
import dev.dossier.core.edition.Changes.RowChange;
import dev.dossier.core.edition.Changes.ValueChange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@link Changes} as JSON, for {@code dossier diff --json} and scripts.
 *
 * <p>The shape is stable; keys always come in this order:
 * <pre>{@code
 * { "previousEdition": "2025-03-31", "currentEdition": "2025-06-30", "unchanged": false,
 *   "kpis": [ { "label": "…", "dataset": "patents/families-by-country", "where": { "entity": "China" },
 *               "column": "families", "previous": CELL, "current": CELL, "difference": 790, "direction": "up" } ],
 *   "newKpis": [ { "label": …, "dataset": …, "where": …, "column": …, "value": CELL } ], "goneKpis": [ … ],
 *   "addedDatasets": [ "chips/specs" ], "droppedDatasets": [ ],
 *   "datasets": [ { "dataset": "patents/families-by-country", "keyColumn": "entity",
 *                   "added": [ { "key": "Germany", "values": { … } } ], "removed": [ … ],
 *                   "changed": [ { "key": "Japan", "column": "families", "previous": CELL, "current": CELL,
 *                                  "difference": 91, "direction": "up" } ] } ],
 *   "provenance": [ { "subject": "row", "dataset": "…", "name": "Japan", "previous": PROVENANCE, "current": PROVENANCE } ] }
 * }</pre>
 * A {@code CELL} is {@code { "value": 38210, "qualifier": "exact", "estimated": false }} with the
 * value typed as in snapshots; {@code difference} is null when the values are not two numbers;
 * {@code direction} is {@code up}, {@code down}, {@code unchanged} or {@code changed}; a
 * {@code PROVENANCE} is as in snapshots, or null when a dataset's source came or went.
 *
 * <p>Thread-safe; holds no state. The same changes always give the same bytes.
 *
 * @since 0.1
 */
public final class ChangesJson {

    private ChangesJson() {
    }

    /**
     * Writes the changes; the stream is flushed, not closed.
     *
     * @throws IOException when the stream fails
     */
    public static void write(Changes changes, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            JsonOutput.date(g, "previousEdition", changes.previousEdition());
            JsonOutput.date(g, "currentEdition", changes.currentEdition());
            g.writeBooleanField("unchanged", changes.isEmpty());
            g.writeArrayFieldStart("kpis");
            for (FigureChange f : changes.figures()) {
                g.writeStartObject();
                figure(g, f.figure());
                value(g, f.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            figures(g, "newKpis", changes.newFigures());
            figures(g, "goneKpis", changes.goneFigures());
            strings(g, "addedDatasets", changes.addedDatasets());
            strings(g, "droppedDatasets", changes.droppedDatasets());
            g.writeArrayFieldStart("datasets");
            for (DatasetChanges d : changes.datasets()) {
                dataset(g, d);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("provenance");
            for (ProvenanceChange p : changes.provenance()) {
                g.writeStartObject();
                g.writeStringField("subject", p.subject().name().toLowerCase(Locale.ROOT));
                g.writeStringField("dataset", p.ref());
                g.writeStringField("name", p.name());
                provenance(g, "previous", p.previous());
                provenance(g, "current", p.current());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void dataset(JsonGenerator g, DatasetChanges d) throws IOException {
        g.writeStartObject();
        g.writeStringField("dataset", d.ref());
        g.writeStringField("keyColumn", d.keyColumn());
        rows(g, "added", d.added(), d.keyColumn());
        rows(g, "removed", d.removed(), d.keyColumn());
        g.writeArrayFieldStart("changed");
        for (RowChange c : d.changed()) {
            g.writeStartObject();
            g.writeStringField("key", c.key());
            g.writeStringField("column", c.value().column());
            value(g, c.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rows(JsonGenerator g, String field, List<Row> rows, String keyColumn) throws IOException {
        g.writeArrayFieldStart(field);
        for (Row r : rows) {
            g.writeStartObject();
            g.writeStringField("key", r.text(keyColumn) == null ? "" : r.text(keyColumn));
            g.writeObjectFieldStart("values");
            List<Column> columns = r.descriptor().columns();
            for (int i = 0; i < columns.size(); i++) {
                g.writeFieldName(columns.get(i).name());
                JsonCells.write(g, r.get(i), columns.get(i).type());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void figures(JsonGenerator g, String field, List<Figure> figures) throws IOException {
        g.writeArrayFieldStart(field);
        for (Figure f : figures) {
            g.writeStartObject();
            figure(g, f.figure());
            cell(g, "value", f.row(), f.figure().column());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void figure(JsonGenerator g, SnapshotFigure f) throws IOException {
        g.writeStringField("label", f.label());
        g.writeStringField("dataset", f.ref());
        g.writeObjectFieldStart("where");
        for (Map.Entry<String, String> e : f.where().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("column", f.column());
    }

    private static void value(JsonGenerator g, ValueChange v) throws IOException {
        cell(g, "previous", v.previous(), v.column());
        cell(g, "current", v.current(), v.column());
        g.writeFieldName("difference");
        if (v.difference() == null) {
            g.writeNull();
        } else {
            g.writeNumber(v.difference());
        }
        g.writeStringField("direction", v.direction().name().toLowerCase(Locale.ROOT));
    }

    private static void cell(JsonGenerator g, String field, Row row, String column) throws IOException {
        int i = row.descriptor().indexOf(column);
        g.writeFieldName(field);
        if (i < 0) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName("value");
        JsonCells.write(g, row.get(i), row.descriptor().columns().get(i).type());
        g.writeStringField("qualifier", JsonCells.qualifier(row.qualifier(i)));
        g.writeBooleanField("estimated", row.isEstimated(i));
        g.writeEndObject();
    }

    private static void provenance(JsonGenerator g, String field, Provenance p) throws IOException {
        g.writeFieldName(field);
        if (p == null) {
            g.writeNull();
        } else {
            JsonOutput.provenance(g, p);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
