package dev.dossier.cli;

import dev.dossier.api.Column;
import dev.dossier.api.DatasetDescriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of SPI values the commands print, in ordered maps so keys keep one order on every run. */
final class JsonShapes {

    private JsonShapes() {
    }

    /** Each column as {@code {name, type, unit, label, required}}. */
    static List<Object> columns(DatasetDescriptor d) {
        List<Object> cols = new ArrayList<>();
        for (Column c : d.columns()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("name", c.name());
            col.put("type", c.type().id());
            col.put("unit", c.unit());
            col.put("label", c.label());
            col.put("required", c.required());
            cols.add(col);
        }
        return cols;
    }
}
