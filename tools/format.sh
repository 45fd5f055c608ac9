#!/usr/bin/env bash
# Formats every tracked Swift file with the toolchain's swift-format (.swift-format at the top), then lints them
# strictly. Exits non-zero when a file still breaks a rule.
#
#   tools/format.sh          format in place, then lint
#   tools/format.sh --check  lint only (what .ci/run does): fails on any formatting violation, changes nothing
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(git ls-files -z '*.swift')
if [[ "${1:-}" != "--check" ]]; then
  swift format format --in-place --parallel "${files[@]}"
fi
swift format lint --strict --parallel "${files[@]}"
