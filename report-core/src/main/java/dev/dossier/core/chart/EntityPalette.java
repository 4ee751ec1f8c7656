package dev.dossier.core.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the colour of each entity (series, bar or slice) from a {@link ChartStyle}.
 *
 * <p>Order of precedence: the style's explicit entity colours; the highlight colour for highlight
 * entities; a light grey for "Other"; the colour of the entity a name starts with (a product
 * takes its maker's colour: "Huawei Ascend 910C" is drawn as Huawei); otherwise a palette colour chosen by a stable hash of the
 * name ({@link String#hashCode()} is fixed by the language), moved to the next palette colour not
 * yet used in the same chart.
 */
final class EntityPalette {

    static final Color OTHER_GREY = new Color(0xC8, 0xC8, 0xC8);

    private final ChartStyle style;

    EntityPalette(ChartStyle style) {
        this.style = style;
    }

    /** Distinct colours (as far as the palette allows) for entities drawn together. */
    Map<String, Color> assign(List<String> names) {
        Map<String, Color> out = new LinkedHashMap<>();
        Set<Color> used = new HashSet<>();
        List<String> hashed = new ArrayList<>();
        for (String name : names) {
            Color fixed = fixed(name);
            if (fixed != null) {
                out.put(name, fixed);
                used.add(fixed);
            } else {
                hashed.add(name);
            }
        }
        List<Color> palette = style.palette();
        for (String name : hashed) {
            int start = Math.floorMod(name.hashCode(), palette.size());
            Color pick = palette.get(start);
            for (int i = 0; i < palette.size(); i++) {
                Color candidate = palette.get((start + i) % palette.size());
                if (!used.contains(candidate)) {
                    pick = candidate;
                    break;
                }
            }
            used.add(pick);
            out.put(name, pick);
        }
        Map<String, Color> ordered = new LinkedHashMap<>();
        names.forEach(n -> ordered.put(n, out.get(n)));
        return ordered;
    }

    /** The colour of one bar of a single-series bar chart: fixed colours, else the first palette colour. */
    Color singleSeries(String category) {
        Color fixed = fixed(category);
        return fixed != null ? fixed : style.palette().get(0);
    }

    /** Whether the entity is drawn in the highlight colour. */
    boolean isHighlighted(String name) {
        return style.highlightEntities().contains(name)
                || style.highlightEntities().stream().anyMatch(h -> h.equalsIgnoreCase(name));
    }

    private Color fixed(String name) {
        Color c = style.entityColors().get(name);
        if (c != null) {
            return c;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Color> e : style.entityColors().entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                return e.getValue();
            }
        }
        if (isHighlighted(name)) {
            return style.highlight();
        }
        if (OtherFolding.OTHER.equalsIgnoreCase(name)) {
            return OTHER_GREY;
        }
        // "Huawei Ascend 910C" is Huawei's, "Nvidia H100 SXM" Nvidia's: the longest named entity the name starts with
        String owner = null;
        for (String entity : style.entityColors().keySet()) {
            if (startsWithWord(lower, entity) && (owner == null || entity.length() > owner.length())) {
                owner = entity;
            }
        }
        for (String entity : style.highlightEntities()) {
            if (startsWithWord(lower, entity) && (owner == null || entity.length() > owner.length())) {
                owner = entity;
            }
        }
        if (owner == null) {
            return null;
        }
        return style.entityColors().containsKey(owner) ? style.entityColors().get(owner) : style.highlight();
    }

    /** Whether {@code lowerName} begins with the entity's name followed by a space. */
    private static boolean startsWithWord(String lowerName, String entity) {
        String e = entity.toLowerCase(Locale.ROOT);
        return lowerName.startsWith(e + " ");
    }
}
