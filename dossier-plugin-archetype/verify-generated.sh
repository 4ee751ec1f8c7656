#!/usr/bin/env bash
# Proves the plugin archetype end to end, as a plugin author uses it: generates a plugin into a
# temporary folder, builds it with `mvn verify` (the test kit's contract on the classes, then the
# packaged-plugin kit on target/dossier-plugin/NAME/ through Dossier's own loader), checks that
# `dossier sources --plugins` lists it from that folder (and once from `--plugins target`),
# renders a one-page PDF from its dataset, and finally builds a copy against a report-api one
# minor version newer: the kit fails it and Dossier refuses it at load, naming both versions.
#
# Needs the reactor's dependencies in the local Maven repository (run `mvn verify` once first,
# as .ci/run does); installs the modules a plugin build uses there. Takes about a minute.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
cd "$root"

mvn -B -q install -DskipTests \
    -pl .,report-api,report-testkit,sources-builtin,report-core,report-testkit-jar,dossier-bom,dossier-plugin-archetype
jar="$(ls dossier-plugin-archetype/target/dossier-plugin-archetype-*.jar | head -n 1)"
version="${jar##*/dossier-plugin-archetype-}"
version="${version%.jar}"

(cd "$work" && mvn -B -q org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate \
    -DarchetypeGroupId=dev.dossier -DarchetypeArtifactId=dossier-plugin-archetype -DarchetypeVersion="$version" \
    -DgroupId=org.example -DartifactId=sample-source -Dversion=1.0.0 -Dpackage=org.example.sample \
    -DsourceId=sample -DclassPrefix=Sample)
cp -r "$work/sample-source" "$work/newer-source"
(cd "$work/sample-source" && mvn -B -q verify)

reports="$work/sample-source/target/surefire-reports"
for report in "$reports/TEST-org.example.sample.SampleProviderTest.xml" "$reports/TEST-org.example.sample.SamplePluginIT-packaged.xml"; do
  grep -q 'tests="[1-9][0-9]*"' "$report" || { echo "$report: the generated plugin's tests did not run" >&2; exit 1; }
  grep -q 'failures="0"' "$report" && grep -q 'errors="0"' "$report"
done
grep -q 'every class the plugin.*jar refers to is in the folder' "$reports/TEST-org.example.sample.SamplePluginIT-packaged.xml"

folder="$work/sample-source/target/dossier-plugin"
test -f "$folder/sample-source/sample-source-1.0.0.jar" || { echo "no plugin folder $folder/sample-source" >&2; exit 1; }
"$root/dossier" sources --plugins "$folder" --json 2>"$work/sources.err" > "$work/sources.json"
grep -A2 '"id" : "sample"' "$work/sources.json" | grep -q "dossier-plugin/sample-source" \
    || { echo "dossier sources does not list 'sample' from its plugin folder" >&2; exit 1; }
warnings() { grep -v '^dossier: building' "$1" || true; }
test -z "$(warnings "$work/sources.err")" || { echo "unexpected warnings:" >&2; cat "$work/sources.err" >&2; exit 1; }
# the build's target/ holds the jar and the plugin folder: loaded once, no duplicate id
"$root/dossier" sources --plugins "$work/sample-source/target" --json 2>"$work/target.err" > "$work/target.json"
test -z "$(warnings "$work/target.err")" || { echo "--plugins target warns:" >&2; cat "$work/target.err" >&2; exit 1; }
grep -q '"id" : "sample"' "$work/target.json"

cat > "$work/sample.yaml" <<YAML
title: "Sample plugin"
theme: $root/templates/themes/dossier.yaml
sections:
  - title: Figures
    blocks:
      - chart: { type: bar, data: sample/figures, x: entity, y: [value], title: "Figures from the sample plugin" }
      - sources: {}
YAML
"$root/dossier" generate -q "$work/sample.yaml" --plugins "$folder" -o "$work/sample.pdf"
test -s "$work/sample.pdf"

# The same plugin built against a report-api one minor version newer than this Dossier's.
api_major="$(sed -n 's/.*int MAJOR = \([0-9]*\);.*/\1/p' report-api/src/main/java/dev/dossier/api/DossierApi.java)"
api_minor="$(sed -n 's/.*int MINOR = \([0-9]*\);.*/\1/p' report-api/src/main/java/dev/dossier/api/DossierApi.java)"
newer="$api_major.$((api_minor + 1))"
mkdir -p "$work/newer-source/src/main/java/dev/dossier/api"
sed "s/int MINOR = $api_minor;/int MINOR = $((api_minor + 1));/" report-api/src/main/java/dev/dossier/api/DossierApi.java \
    > "$work/newer-source/src/main/java/dev/dossier/api/DossierApi.java"
if (cd "$work/newer-source" && mvn -B -q verify >"$work/newer-build.log" 2>&1); then
  echo "the test kit passed a plugin built for API $newer" >&2; exit 1
fi
grep -q "apiVersion() '$newer'" "$work/newer-build.log" \
    || { echo "the class-level kit's failure does not name API $newer" >&2; cat "$work/newer-build.log" >&2; exit 1; }
# the packaged-plugin kit, on the folder of the newer build, refuses it through Dossier's loader
(cd "$work/newer-source" && mvn -B -q package -DskipTests)
(cd "$work/newer-source" && mvn -B -q surefire:test -Dtest=SamplePluginIT -Ddossier.plugin.folder="$work/newer-source/target/dossier-plugin/sample-source" \
    >"$work/newer-kit.log" 2>&1) && { echo "the packaged-plugin kit passed a plugin built for API $newer" >&2; exit 1; }
grep -q "built for Dossier API $newer" "$work/newer-source/target/surefire-reports/TEST-org.example.sample.SamplePluginIT.xml" \
    || { echo "the packaged-plugin kit's failure does not name API $newer" >&2; cat "$work/newer-kit.log" >&2; exit 1; }
"$root/dossier" sources --plugins "$work/newer-source/target/dossier-plugin" 2>"$work/newer.err" >/dev/null
grep -q "built for Dossier API $newer, but this Dossier provides API $api_major.$api_minor" "$work/newer.err" \
    || { echo "dossier sources does not refuse the newer plugin:" >&2; cat "$work/newer.err" >&2; exit 1; }
set +e
"$root/dossier" generate -q "$work/sample.yaml" --plugins "$work/newer-source/target/dossier-plugin" -o "$work/newer.pdf" \
    2>"$work/generate.err"
rc=$?
set -e
test "$rc" -eq 2 && test ! -e "$work/newer.pdf" && grep -q "built for Dossier API $newer" "$work/generate.err" \
    || { echo "a report on the newer plugin did not fail before starting (exit $rc):" >&2; cat "$work/generate.err" >&2; exit 1; }
echo "archetype: generated plugin builds, passes both test kits, is listed from its plugin folder and renders;"
echo "           built for API $newer it fails the kit and is refused at load"
