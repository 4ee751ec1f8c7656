package dev.dossier.core.edition;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the shape {@link SnapshotWriter} writes from a parsed JSON tree, naming the JSON path of the
 * first mismatch ({@link dev.dossier.core.error.DossierException} INPUT {@code DOS-SNAPSHOT-INVALID}).
 */
final class SnapshotReader {

    private static final Set<String> TOP = Set.of("formatVersion", "template", "theme", "editionDate", "parameters",
            "datasets", "figures");
    private static final Set<String> DATASET = Set.of("ref", "name", "description", "columns", "provenance",
            "rowProvenance", "rows");
    private static final Set<String> ROW = Set.of("values", "provenance", "qualifiers", "estimated", "note");

    private SnapshotReader() {
    }

    /** The snapshot in a document whose format version was already checked. */
    static Snapshot read(JsonAt root) {
        root.only(TOP);
        JsonAt template = root.field("template").only(Set.of("path", "sha256"));
        List<SnapshotDataset> datasets = new ArrayList<>();
        for (JsonAt d : root.field("datasets").elements()) {
            datasets.add(dataset(d));
        }
        List<SnapshotFigure> figures = new ArrayList<>();
        List<JsonAt> figureNodes = root.field("figures").elements();
        for (JsonAt f : figureNodes) {
            f.only(Set.of("label", "dataset", "where", "column", "row"));
            figures.add(figure(f));
        }
        JsonAt date = root.field("editionDate");
        try {
            return new Snapshot(root.field("formatVersion").integer(), template.field("path").text(),
                    template.field("sha256").text(), root.field("parameters").strings(), root.field("theme").text(),
                    date(date), datasets, figures);
        } catch (IllegalArgumentException e) {
            throw root.field("figures").wrong("figures that name a dataset, column and row of the snapshot", e.getMessage());
        }
    }

    private static SnapshotFigure figure(JsonAt f) {
        try {
            return new SnapshotFigure(f.field("label").text(), f.field("dataset").text(), f.field("where").strings(),
                    f.field("column").text(), f.field("row").integer());
        } catch (IllegalArgumentException e) {
            throw f.field("row").wrong("a row index of 0 or more", e.getMessage());
        }
    }

    private static LocalDate date(JsonAt at) {
        String text = at.textOrNull();
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw at.wrong("a date written yyyy-mm-dd or null", "'" + text + "'");
        }
    }

    private static SnapshotDataset dataset(JsonAt d) {
        d.only(DATASET);
        DatasetDescriptor descriptor = descriptor(d);
        List<Provenance> provenance = provenances(d.field("provenance"));
        List<Provenance> rowSources = provenances(d.field("rowProvenance"));
        List<Row> rows = new ArrayList<>();
        Row.Builder builder = Row.builder(descriptor);
        for (JsonAt r : d.field("rows").elements()) {
            rows.add(row(r, descriptor, rowSources, builder));
        }
        try {
            return new SnapshotDataset(d.field("ref").text(), descriptor, provenance, rows);
        } catch (IllegalArgumentException e) {
            throw d.wrong("a dataset with a ref written source/dataset and at least one provenance", e.getMessage());
        }
    }

    private static DatasetDescriptor descriptor(JsonAt d) {
        List<Column> columns = new ArrayList<>();
        for (JsonAt c : d.field("columns").elements()) {
            c.only(Set.of("name", "type", "unit", "label", "required"));
            try {
                columns.add(new Column(c.field("name").text(), columnType(c.field("type")), c.field("unit").text(),
                        c.field("label").text(), c.field("required").bool()));
            } catch (IllegalArgumentException e) {
                throw c.field("name").wrong("a column name of lower-case letters, digits, '_' or '-'", e.getMessage());
            }
        }
        try {
            return new DatasetDescriptor(d.field("name").text(), d.field("description").text(), columns);
        } catch (IllegalArgumentException e) {
            throw d.field("columns").wrong("at least one column, each name once", e.getMessage());
        }
    }

    private static ColumnType columnType(JsonAt at) {
        String id = at.text();
        return Arrays.stream(ColumnType.values()).filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> at.wrong("one of " + Arrays.stream(ColumnType.values()).map(ColumnType::id)
                        .collect(Collectors.joining(", ")), "'" + id + "'"));
    }

    private static List<Provenance> provenances(JsonAt list) {
        List<Provenance> out = new ArrayList<>();
        for (JsonAt p : list.elements()) {
            p.only(Set.of("title", "publisher", "url", "asOf", "confidence"));
            JsonAt confidence = p.field("confidence");
            Confidence c = Arrays.stream(Confidence.values()).filter(v -> v.label().equals(confidence.text())).findFirst()
                    .orElseThrow(() -> confidence.wrong("published, estimate, blog post or not found",
                            "'" + confidence.text() + "'"));
            try {
                out.add(new Provenance(p.field("title").text(), p.field("publisher").text(), p.field("url").text(),
                        p.field("asOf").text(), c));
            } catch (IllegalArgumentException e) {
                throw p.field("title").wrong("a title that is not blank", "a blank title");
            }
        }
        return out;
    }

    private static Row row(JsonAt r, DatasetDescriptor descriptor, List<Provenance> sources, Row.Builder b) {
        r.only(ROW);
        JsonAt values = r.field("values");
        values.only(descriptor.columns().stream().map(Column::name).collect(Collectors.toSet()));
        for (Column c : descriptor.columns()) {
            JsonAt v = values.field(c.name());
            Object value;
            try {
                value = JsonCells.read(v.node(), c.type());
            } catch (IllegalArgumentException e) {
                throw v.wrong(e.getMessage() + " (column type " + c.type().id() + ")", JsonAt.describe(v.node()));
            }
            // a snapshot is an entry point for text too: composed (NFC) as rows from a provider are
            // (java.text directly: editions stand on the API and formatting only)
            b.set(c.name(), value instanceof String text ? java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC) : value);
        }
        JsonAt source = r.field("provenance");
        int index = source.integer();
        if (index < 0 || index >= sources.size()) {
            throw source.wrong("an index into rowProvenance (0 to " + (sources.size() - 1) + ")", String.valueOf(index));
        }
        b.provenance(sources.get(index));
        if (r.has("qualifiers")) {
            for (Map.Entry<String, JsonAt> q : r.field("qualifiers").members().entrySet()) {
                column(q.getValue(), descriptor, q.getKey());
                b.qualify(q.getKey(), qualifier(q.getValue()));
            }
        }
        if (r.has("estimated")) {
            for (JsonAt e : r.field("estimated").elements()) {
                b.estimated(column(e, descriptor, e.text()));
            }
        }
        if (r.has("note")) {
            b.note(r.field("note").text());
        }
        return b.build();
    }

    private static String column(JsonAt at, DatasetDescriptor descriptor, String name) {
        if (descriptor.indexOf(name) < 0) {
            throw at.wrong("a column of dataset '" + descriptor.name() + "'", "'" + name + "'");
        }
        return name;
    }

    private static Qualifier qualifier(JsonAt at) {
        String id = at.text();
        return Arrays.stream(Qualifier.values()).filter(q -> JsonCells.qualifier(q).equals(id)).findFirst()
                .orElseThrow(() -> at.wrong("one of " + Arrays.stream(Qualifier.values()).map(JsonCells::qualifier)
                        .collect(Collectors.joining(", ")), "'" + id + "'"));
    }
}
