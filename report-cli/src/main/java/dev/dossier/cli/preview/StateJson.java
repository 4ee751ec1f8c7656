package dev.dossier.cli.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.pdf.PdfSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview's state as the page's script reads it:
 * <pre>{@code
 * {"version": 4, "template": "t.yaml", "rendering": 3, "title": "…",
 *  "pages": [{"width": 595.3, "height": 841.9}, …],            // PDF points
 *  "outline": [{"title": "…", "page": 2, "children": […]}, …],
 *  "error": {"code": "…", "message": "t.yaml:3:7: …", "details": […]}}   // or null
 * }</pre>
 * {@code rendering} is 0, and {@code pages} and {@code outline} empty, until a render succeeds.
 */
final class StateJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateJson() {
    }

    static String of(PreviewState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", state.version());
        out.put("template", state.template());
        Rendering good = state.good();
        out.put("rendering", good == null ? 0 : good.number());
        out.put("title", good == null ? "" : good.title());
        out.put("pages", good == null ? List.of() : good.pages());
        out.put("outline", good == null ? List.of() : outline(good.outline()));
        out.put("error", state.error());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the preview state cannot be written as JSON", e);
        }
    }

    private static List<Map<String, Object>> outline(List<PdfSummary.OutlineEntry> entries) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PdfSummary.OutlineEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", e.title());
            m.put("page", e.page());
            m.put("children", outline(e.children()));
            out.add(m);
        }
        return out;
    }
}
