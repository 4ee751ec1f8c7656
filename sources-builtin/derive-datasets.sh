#!/usr/bin/env bash
# Rebuilds every curated CSV of the built-in sources from the data brief, using the recipes in
# sources-builtin/recipes/ (format: sources-builtin/recipes/README.md).
#
#   sources-builtin/derive-datasets.sh [BRIEF_DIR [OUT_DIR]]
#
# BRIEF_DIR: the argument, else $DOSSIER_DATA_BRIEF, else ../shared/data beside the repository root
#            (from a git worktree: beside the main checkout's root).
# OUT_DIR:   default sources-builtin/src/main/resources/dev/dossier/sources (the shipped files).
# Needs Maven and the local repository (runs offline). Exit code 2 when the brief is missing or a
# recipe does not fit it (the message names the recipe file and entry).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")"

find_brief() {
  if [ -n "${DOSSIER_DATA_BRIEF:-}" ]; then echo "$DOSSIER_DATA_BRIEF"; return; fi
  local candidate="$root/../shared/data"
  if [ -f "$candidate/BRIEF.md" ]; then echo "$candidate"; return; fi
  # In a worktree the common git directory is <main checkout>/.git.
  local common
  if common="$(git -C "$here" rev-parse --path-format=absolute --git-common-dir 2>/dev/null)"; then
    candidate="$(dirname "$common")/../shared/data"
    if [ -f "$candidate/BRIEF.md" ]; then echo "$candidate"; return; fi
  fi
  echo "$root/../shared/data"
}

brief="${1:-$(find_brief)}"
out="${2:-$here/src/main/resources/dev/dossier/sources}"
if [ ! -f "$brief/BRIEF.md" ]; then
  echo "derive-datasets: no data brief at $brief (no BRIEF.md); pass BRIEF_DIR or set DOSSIER_DATA_BRIEF" >&2
  exit 2
fi
brief="$(cd "$brief" && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
command -v mvn >/dev/null || { echo "derive-datasets: Maven (mvn) is needed" >&2; exit 1; }

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# Compile the test classes (DeriveDatasets lives in the test scope) and write their class path;
# maven-dependency-plugin 3.8.1 is the version the project already uses (report-bench).
if ! (cd "$root" && mvn -B -q -o -Dstyle.color=never -pl sources-builtin -am test-compile \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test) >"$log" 2>&1; then
  cat "$log" >&2
  echo "derive-datasets: build failed (output above)" >&2
  exit 1
fi
module="$root/sources-builtin"
exec java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/test-classpath.txt")" \
  dev.dossier.sources.derive.DeriveDatasets "$module/recipes" "$brief" "$out"
