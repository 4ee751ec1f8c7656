#!/usr/bin/env bash
# Moves the example market on by one week: every price changes and one company's weight grows,
# so the next scheduled edition's "What changed" section has something to say.
# Creates the H2 file examples/scheduled/data/market.mv.db on first use.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../../report-cli/target/dossier.jar"
[ -f "$jar" ] || "$here/../../dossier" --version >/dev/null
mkdir -p "$here/data"
java -cp "$jar" org.h2.tools.RunScript -url "jdbc:h2:$here/data/market" -user sa -script "$here/market.sql"
echo "market moved on: $(date -u +%FT%TZ)"
