#!/usr/bin/env bash
# Measures the log reader and SHA-256 with a release build on a synthetic log (issue 2).
# Usage: tools/bench-reader.sh [EVENTS] [LOGS]   (default 1000000 events in 200 logs, about 480 MB)
# The data is generated once into bench-data/ (ignored by git) with a fixed seed, so runs are comparable.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
logs=${2:-200}
data="bench-data/synthetic-${events}-${logs}"
if [ ! -f "$data/catalogue.json" ]; then
  echo "generating $events events in $logs logs into $data ..." >&2
  python3 tools/generate_events.py --out "$data" --events "$events" --logs "$logs" --seed 42 --quiet
fi
swift build -c release --product timeline >&2
swift build -c release --product timeline-bench >&2
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"
echo "data: $(du -sh --apparent-size "$data" | cut -f1) in $data"
.build/release/timeline-bench reader "$data"
.build/release/timeline-bench sha256 "$data"
.build/release/timeline-bench load "$data"
/usr/bin/time -f "timeline verify (every check, wall %e s, peak %M KB)" .build/release/timeline verify --events "$data" > /dev/null
