#!/usr/bin/env bash
# Table benchmark: Dossier against raw OpenPDF in the same JVM (medians and their ratio), then a
# 100,000-row table in a 256 MB heap to show that tables stream.
# Usage: benchmarks/run.sh [ROWS] [ITERATIONS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./dossier --version >/dev/null   # builds the jar when needed
java -Djava.awt.headless=true -cp report-cli/target/dossier.jar benchmarks/TableBenchmark.java "${1:-1000}" "${2:-15}"
java -Xmx256m -Djava.awt.headless=true -cp report-cli/target/dossier.jar benchmarks/TableBenchmark.java 100000 1 \
  | sed 's/^/bounded memory (-Xmx256m): /'
