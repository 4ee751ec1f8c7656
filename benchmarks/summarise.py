#!/usr/bin/env python3
"""Prints benchmarks/run.sh's table from one JMH JSON result and the whole-process timings.

Every ratio divides numbers from the same run. Usage: summarise.py JMH.json COLD.tsv
"""
import json
import statistics
import sys

PKG = "dev.dossier.bench."


def load_jmh(path):
    """(benchmark, rows param) -> {'median': value in the benchmark's unit, 'unit', 'alloc' B/op, 'heap' MB}."""
    results = {}
    with open(path) as f:
        for r in json.load(f):
            name = r["benchmark"].removeprefix(PKG)
            m = r["primaryMetric"]
            if r["mode"] in ("sample", "ss"):
                median = m["scorePercentiles"]["50.0"]
            else:
                median = statistics.median(v for fork in m["rawData"] for v in fork)
            second = {k.lstrip("·"): v["score"] for k, v in r.get("secondaryMetrics", {}).items()}
            results[(name, r.get("params", {}).get("rows"))] = {
                "median": median, "unit": m["scoreUnit"],
                "alloc": second.get("gc.alloc.rate.norm"), "heap": second.get("heap.peak")}
    return results


def load_cold(path):
    """(work, renderer) -> median wall milliseconds."""
    runs = {}
    with open(path) as f:
        for line in f:
            work, renderer, ms = line.split()
            runs.setdefault((work, renderer), []).append(int(ms))
    return {k: statistics.median(v) for k, v in runs.items()}, max(len(v) for v in runs.values())


def ms(value):
    return "—" if value is None else (f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms")


def ratio(a, b):
    return None if a is None or b is None else a / b


def fmt_ratio(value):
    return "—" if value is None else f"{value:.2f}×"


def met(ok):
    return "—" if ok is None else ("yes" if ok else "**no**")


def table_row(work, dossier, openpdf, jasper):
    d_o, j_d = ratio(dossier, openpdf), ratio(jasper, dossier)
    ok = None if d_o is None else (d_o <= 1.3 and (j_d is None or j_d >= 3))
    return [work, ms(dossier), ms(openpdf), ms(jasper), fmt_ratio(d_o), fmt_ratio(j_d),
            "≤ 1.3× OpenPDF, Jasper ≥ 3× Dossier", met(ok)]


def alloc_row(dossier, openpdf, jasper):
    """Bytes allocated per report: unlike time, it does not move with the machine's load."""
    mb = lambda b: "—" if b is None else f"{b / 1e6:.0f} MB"
    return ["10,000-row table, allocated per report (load-independent)", mb(dossier), mb(openpdf), mb(jasper),
            fmt_ratio(ratio(dossier, openpdf)), fmt_ratio(ratio(jasper, dossier)), "(no target; explains time)", "—"]


def main(jmh_path, cold_path):
    jmh = load_jmh(jmh_path)
    cold, cold_runs = load_cold(cold_path)
    get = lambda name, rows=None: jmh.get((name, rows), {}).get("median")
    rows = [table_row("10,000-row table, warm (JMH median)",
                      get("TableBenchmark.dossier"), get("TableBenchmark.openPdf"), get("TableBenchmark.jasper")),
            alloc_row(jmh.get(("TableBenchmark.dossier", None), {}).get("alloc"),
                      jmh.get(("TableBenchmark.openPdf", None), {}).get("alloc"),
                      jmh.get(("TableBenchmark.jasper", None), {}).get("alloc")),
            table_row(f"10,000-row table, whole process (median of {cold_runs})",
                      cold.get(("table10k", "dossier")), cold.get(("table10k", "openpdf")),
                      cold.get(("table10k", "jasper")))]
    scale = {n: jmh.get(("ScaleBenchmark.dossier", str(n)), {}) for n in (1000, 10000, 100000)}
    for n, r in scale.items():
        detail = ms(r.get("median"))
        if r.get("heap") is not None:
            detail += f", peak heap {r['heap']:.0f} MB"
        if r.get("alloc") is not None:
            detail += f", {r['alloc'] / 1e6:.0f} MB allocated"
        target, ok = "—", None
        if n == 100000:
            growth = ratio(r.get("median"), scale[10000].get("median"))
            target = "completes in -Xmx128m; t(100k)/t(10k) ≤ 11" + (f" (is {growth:.1f})" if growth else "")
            ok = None if growth is None else growth <= 11
        rows.append([f"{n:,}-row table, -Xmx128m, warm", detail, "—", "—", "—", "—", target, met(ok)])
    warm = get("FlagshipBenchmark.flagship")
    rows.append(["flagship, warm (JMH median)", ms(warm), "—", "—", "—", "—", "≤ 150 ms",
                 met(None if warm is None else warm <= 150)])
    flagship_cold = cold.get(("flagship", "dossier"))
    rows.append([f"flagship, cold `./dossier generate` (median of {cold_runs})", ms(flagship_cold), "—", "—", "—", "—",
                 "≤ 2 s", met(None if flagship_cold is None else flagship_cold <= 2000)])
    batch = get("BatchBenchmark.reports")
    rows.append(["batch of 200 short reports, 2 threads", "—" if batch is None else f"{batch:.0f} reports/s",
                 "—", "—", "—", "—", "≥ 150 reports/s", met(None if batch is None else batch >= 150)])

    header = ["work", "Dossier", "raw OpenPDF", "JasperReports", "Dossier/OpenPDF", "Jasper/Dossier", "target", "met?"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: summarise.py JMH.json COLD.tsv")
    main(sys.argv[1], sys.argv[2])
