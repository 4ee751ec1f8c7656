package dev.dossier.sources.chips;

import dev.dossier.api.DatasetDescriptor;
import dev.dossier.sources.CuratedProvider;
import dev.dossier.sources.Shapes;

import java.util.List;

import static dev.dossier.api.ColumnType.DATE;
import static dev.dossier.api.ColumnType.DECIMAL;
import static dev.dossier.api.ColumnType.INTEGER;
import static dev.dossier.api.ColumnType.STRING;
import static dev.dossier.api.ColumnType.YEAR;
import static dev.dossier.sources.Shapes.optional;
import static dev.dossier.sources.Shapes.required;

/**
 * AI accelerators and US export controls: Nvidia, Huawei and Cambricon specs, control events,
 * Huawei's Ascend roadmap and process nodes, as curated in the data brief.
 *
 * <p>Datasets (id {@code chips}):
 * <ul>
 *   <li>{@code specs} — one row per accelerator: {@code chip}, {@code vendor} strings,
 *       {@code vendor_zh} string (optional), {@code process_node} string, {@code fp16_bf16_tflops}
 *       decimal (TFLOPS, dense), {@code memory_gb} decimal (GB), {@code memory_type} string,
 *       {@code bandwidth_tbps} decimal (TB/s), {@code tdp_w} decimal (W), {@code release_year}
 *       year, {@code export_status} string — all optional. Cells the brief marks [E] are
 *       {@linkplain dev.dossier.api.Row#isEstimated(int) estimated}; figures not found, given
 *       only as a range or "as A100" are empty and explained in the row's note.</li>
 *   <li>{@code export-controls} — {@code date} date (optional), {@code period} string,
 *       {@code subject} string, {@code event} string, {@code detail} string (optional)</li>
 *   <li>{@code roadmap} — {@code product}, {@code announced}, {@code launch} strings,
 *       {@code launch_year} year, {@code chips} integer (optional; chips per system),
 *       {@code detail} string (optional)</li>
 *   <li>{@code process-nodes} — {@code producer}, {@code node}, {@code period}, {@code status} strings</li>
 *   <li>{@code indicators} — other figures; see {@link Shapes#indicators}</li>
 * </ul>
 * Errors: see {@link CuratedProvider}.
 *
 * @since 0.1
 */
public final class ChipsProvider extends CuratedProvider {

    public ChipsProvider() {
        super("chips", "AI accelerator specs, US export controls, Huawei Ascend roadmap and process nodes", List.of(
                new DatasetDescriptor("specs",
                        "AI accelerators sold in or made for China, one row per chip; dense FP16/BF16 throughput",
                        List.of(
                        required("chip", STRING, "", "Chip"),
                        required("vendor", STRING, "", "Vendor"),
                        optional("vendor_zh", STRING, "", "Vendor (Chinese)"),
                        optional("process_node", STRING, "", "Process"),
                        optional("fp16_bf16_tflops", DECIMAL, "TFLOPS", "FP16/BF16 dense"),
                        optional("memory_gb", DECIMAL, "GB", "Memory"),
                        optional("memory_type", STRING, "", "Memory type"),
                        optional("bandwidth_tbps", DECIMAL, "TB/s", "Memory bandwidth"),
                        optional("tdp_w", DECIMAL, "W", "TDP"),
                        optional("release_year", YEAR, "", "Release"),
                        optional("export_status", STRING, "", "US export-control status (China)"))),
                new DatasetDescriptor("export-controls",
                        "US export-control events affecting AI chips for China, in date order", List.of(
                        optional("date", DATE, "", "Date"),
                        required("period", STRING, "", "When"),
                        required("subject", STRING, "", "Subject"),
                        required("event", STRING, "", "Event"),
                        optional("detail", STRING, "", "Detail"))),
                new DatasetDescriptor("roadmap",
                        "Huawei Ascend chips and SuperPoD systems announced at Huawei Connect (Sep 2025), one row per product",
                        List.of(
                        required("product", STRING, "", "Product"),
                        required("announced", STRING, "", "Announced"),
                        required("launch", STRING, "", "Planned launch"),
                        required("launch_year", YEAR, "", "Launch year"),
                        optional("chips", INTEGER, "chips", "Chips per system"),
                        optional("detail", STRING, "", "Detail"))),
                new DatasetDescriptor("process-nodes",
                        "Chip manufacturing nodes in volume production in China and at the leading edge", List.of(
                        required("producer", STRING, "", "Producer"),
                        required("node", STRING, "", "Node"),
                        required("period", STRING, "", "Period"),
                        required("status", STRING, "", "Status"))),
                Shapes.indicators("Other chip figures: supply, capacity, revenue, systems and vendor claims")));
    }
}
