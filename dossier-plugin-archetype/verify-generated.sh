#!/usr/bin/env bash
# Proves the plugin archetype end to end, as a plugin author uses it: generates a plugin into a
# temporary folder, builds it (which runs the test kit's contract), checks that
# `dossier sources --plugins` lists it from its jar, and renders a one-page PDF from its dataset.
#
# Needs the reactor's dependencies in the local Maven repository (run `mvn verify` once first,
# as .ci/run does); installs report-api, report-testkit and the archetype there.
# Takes about 30 seconds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

mvn -B -q install -DskipTests -pl .,report-api,report-testkit,dossier-plugin-archetype
jar="$(ls dossier-plugin-archetype/target/dossier-plugin-archetype-*.jar | head -n 1)"
version="${jar##*/dossier-plugin-archetype-}"
version="${version%.jar}"

(cd "$work" && mvn -B -q org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate \
    -DarchetypeGroupId=dev.dossier -DarchetypeArtifactId=dossier-plugin-archetype -DarchetypeVersion="$version" \
    -DgroupId=org.example -DartifactId=sample-source -Dversion=1.0.0 -Dpackage=org.example.sample \
    -DsourceId=sample -DclassPrefix=Sample)
(cd "$work/sample-source" && mvn -B -q package)

report="$work/sample-source/target/surefire-reports/TEST-org.example.sample.SampleProviderTest.xml"
grep -q 'tests="[1-9][0-9]*"' "$report" || { echo "the generated plugin's tests did not run" >&2; exit 1; }
grep -q 'failures="0"' "$report" && grep -q 'errors="0"' "$report"

"$root/dossier" sources --plugins "$work/sample-source/target" --json 2>/dev/null > "$work/sources.json"
grep -A2 '"id" : "sample"' "$work/sources.json" | grep -q 'sample-source-1.0.0.jar' \
    || { echo "dossier sources does not list 'sample' from its jar" >&2; exit 1; }

cat > "$work/sample.yaml" <<YAML
title: "Sample plugin"
theme: $root/templates/themes/dossier.yaml
sections:
  - title: Figures
    blocks:
      - chart: { type: bar, data: sample/figures, x: entity, y: [value], title: "Figures from the sample plugin" }
      - sources: {}
YAML
"$root/dossier" generate -q "$work/sample.yaml" --plugins "$work/sample-source/target" -o "$work/sample.pdf"
test -s "$work/sample.pdf"
echo "archetype: generated plugin builds, passes the test kit, is listed by 'dossier sources' and renders"
