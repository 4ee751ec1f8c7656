#!/usr/bin/env bash
# Measures Dossier against raw OpenPDF (the floor) and JasperReports 7 (the peer) and prints one
# table of medians and same-run ratios: warm numbers from one JMH run (report-bench), whole-process
# numbers timed here. Takes about 10 minutes on 2 cores. Results land in benchmarks/out/.
# Usage: benchmarks/run.sh [COLD_RUNS]     (JMH options can be added in JMH_OPTS)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cold_runs="${1:-5}"
out="$root/benchmarks/out"
mkdir -p "$out"
command -v python3 >/dev/null || { echo "run.sh: python3 is needed for the summary (apt-get install python3)" >&2; exit 1; }

echo "building report-bench and the command line..." >&2
mvn -B -q -DskipTests package -pl report-bench,report-cli -am
cp="report-bench/target/classes:$(cat report-bench/target/classpath.txt)"
quiet="-Djava.util.logging.config.file=$root/.mvn/test-logging.properties"   # no INFO lines from plugin discovery

echo "JMH: table, scale, flagship, batch (one run, so ratios are same-run)..." >&2
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main 'dev\.dossier\.bench\..*Benchmark' \
  -jvmArgsPrepend "$quiet" \
  -prof gc -prof dev.dossier.bench.PeakHeapProfiler -rf json -rff "$out/jmh.json" ${JMH_OPTS:-} | tee "$out/jmh.log"

# Wall time of one command in milliseconds.
wall_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

echo "whole processes, $cold_runs runs each (renderers interleaved, so load drifts hit all alike)..." >&2
: >"$out/cold.tsv"
./dossier --version >/dev/null   # the launcher's staleness check, outside the timing
for _ in $(seq "$cold_runs"); do
  for r in dossier openpdf jasper; do
    printf 'table10k\t%s\t%s\n' "$r" "$(wall_ms java -Djava.awt.headless=true "$quiet" -cp "$cp" dev.dossier.bench.RenderOnce "$r" 10000)" >>"$out/cold.tsv"
  done
  printf 'flagship\tdossier\t%s\n' "$(wall_ms ./dossier generate templates/china-ai-briefing.yaml -o "$out/flagship.pdf")" >>"$out/cold.tsv"
done

python3 benchmarks/summarise.py "$out/jmh.json" "$out/cold.tsv" | tee "$out/table.md"
