package dev.dossier.core.edition;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dossier.api.Column;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link Snapshot} through a Jackson generator, keys in a fixed order (see {@link SnapshotJson}). */
final class SnapshotWriter {

    private final JsonGenerator g;

    SnapshotWriter(JsonGenerator g) {
        this.g = g;
    }

    void write(Snapshot s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("formatVersion", s.formatVersion());
        g.writeObjectFieldStart("template");
        g.writeStringField("path", s.template());
        g.writeStringField("sha256", s.templateDigest());
        g.writeEndObject();
        g.writeStringField("theme", s.theme());
        JsonOutput.date(g, "editionDate", s.editionDate());
        strings("parameters", s.parameters());
        g.writeArrayFieldStart("datasets");
        for (SnapshotDataset d : s.datasets()) {
            dataset(d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("figures");
        for (SnapshotFigure f : s.figures()) {
            g.writeStartObject();
            g.writeStringField("label", f.label());
            g.writeStringField("dataset", f.ref());
            strings("where", f.where());
            g.writeStringField("column", f.column());
            g.writeNumberField("row", f.row());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private void dataset(SnapshotDataset d) throws IOException {
        DatasetDescriptor desc = d.descriptor();
        g.writeStartObject();
        g.writeStringField("ref", d.ref());
        g.writeStringField("name", desc.name());
        g.writeStringField("description", desc.description());
        g.writeArrayFieldStart("columns");
        for (Column c : desc.columns()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("type", c.type().id());
            g.writeStringField("unit", c.unit());
            g.writeStringField("label", c.label());
            g.writeBooleanField("required", c.required());
            g.writeEndObject();
        }
        g.writeEndArray();
        provenances("provenance", d.provenance());
        Map<Provenance, Integer> rowSources = new LinkedHashMap<>();
        d.rows().forEach(r -> rowSources.putIfAbsent(r.provenance(), rowSources.size()));
        provenances("rowProvenance", new ArrayList<>(rowSources.keySet()));
        g.writeArrayFieldStart("rows");
        for (Row r : d.rows()) {
            row(desc, r, rowSources.get(r.provenance()));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void row(DatasetDescriptor desc, Row r, int source) throws IOException {
        List<Column> columns = desc.columns();
        g.writeStartObject();
        g.writeObjectFieldStart("values");
        for (int i = 0; i < columns.size(); i++) {
            g.writeFieldName(columns.get(i).name());
            JsonCells.write(g, r.get(i), columns.get(i).type());
        }
        g.writeEndObject();
        g.writeNumberField("provenance", source);
        Map<String, String> qualifiers = new LinkedHashMap<>();
        List<String> estimated = new ArrayList<>();
        boolean allEstimated = r.provenance().confidence() == Confidence.ESTIMATE;
        for (int i = 0; i < columns.size(); i++) {
            if (r.qualifier(i) != Qualifier.EXACT) {
                qualifiers.put(columns.get(i).name(), JsonCells.qualifier(r.qualifier(i)));
            }
            if (!allEstimated && r.isEstimated(i)) {
                estimated.add(columns.get(i).name());
            }
        }
        if (!qualifiers.isEmpty()) {
            strings("qualifiers", qualifiers);
        }
        if (!estimated.isEmpty()) {
            g.writeArrayFieldStart("estimated");
            for (String c : estimated) {
                g.writeString(c);
            }
            g.writeEndArray();
        }
        if (!r.note().isEmpty()) {
            g.writeStringField("note", r.note());
        }
        g.writeEndObject();
    }

    private void provenances(String field, List<Provenance> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (Provenance p : list) {
            JsonOutput.provenance(g, p);
        }
        g.writeEndArray();
    }

    private void strings(String field, Map<String, String> map) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
