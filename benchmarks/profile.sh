#!/usr/bin/env bash
# Profiles Dossier on the 10,000-row table with Java Flight Recorder (through JMH's jfr profiler)
# and prints where the time goes: by stage, by library, hottest methods, GC pauses.
# Usage: benchmarks/profile.sh [BENCHMARK_REGEX]   (default: the 10k table through Dossier)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bench="${1:-dev\.dossier\.bench\.TableBenchmark\.dossier}"
out="$root/benchmarks/out/jfr"
rm -rf "$out" && mkdir -p "$out"
mvn -B -q -DskipTests package -pl report-bench -am
cp="report-bench/target/classes:$(cat report-bench/target/classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main "$bench" -wi 3 -i 6 \
  -jvmArgsPrepend "-Djava.util.logging.config.file=$root/.mvn/test-logging.properties" -prof "jfr:dir=$out;stackDepth=256" >"$out/jmh.log"
recording="$(find "$out" -name '*.jfr' | head -1)"
echo "recording: ${recording#"$root"/}"
java -cp "$cp" dev.dossier.bench.ProfileSummary "$recording"
