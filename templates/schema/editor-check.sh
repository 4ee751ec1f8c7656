#!/usr/bin/env bash
# Checks that an editor with the YAML language server completes and checks templates from
# template.schema.json: installs the server from npm into a temporary folder and drives it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version=1.25.0
command -v npm >/dev/null || { echo "editor check: npm is needed (apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --silent --no-audit --no-fund --prefix "$work/server" "yaml-language-server@$version" >/dev/null
node "$here/editor-check.js" "$work/server/node_modules/.bin/yaml-language-server" "$here" "$work/doc"
