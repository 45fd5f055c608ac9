#!/usr/bin/env bash
# Hardening checks for timeline (issue 8), in one script:
#
#   fuzz         each libFuzzer target under tools/fuzz/ (log reader, timestamps, argv + CLI, JSON/CSV, drafter)
#                for --fuzz-seconds (default 60) and report executions and crashes
#   crash        SIGKILL `timeline append` of a large batch at many moments; nothing acknowledged may be lost
#   diskfull     append onto a tiny tmpfs until ENOSPC (root only; skipped with a message otherwise)
#   concurrency  several processes appending to the same log and to different logs, many rounds
#
# Usage: tools/hardening.sh [--fuzz-seconds N] [--jobs J] [--kill-points N] [--batch N] [--rounds N]
#                           [--sources DIR] [--only fuzz,crash,diskfull,concurrency] [--targets A,B]
#
#   --sources DIR   build the fuzz targets from DIR/Sources/TimelineKit (e.g. a copy with a patch applied)
#   --jobs J        how many fuzz targets run at once (default 2; the machine has 2 cores)
#
# Fuzz targets are built with the toolchain's libFuzzer (see build_target below for the exact command) into
# $WORK (default /tmp/timeline-hardening). Crashing inputs land in $WORK/artifacts/; the script exits 1 if any
# target crashed or any check failed. Long CPU work runs under `nice -n 10`.
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${WORK:-/tmp/timeline-hardening}"
FUZZ_SECONDS=60
JOBS=2
KILL_POINTS=200
BATCH=20000
ROUNDS=20
SOURCES="$ROOT"
ONLY="fuzz,crash,diskfull,concurrency"
TARGETS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fuzz-seconds) FUZZ_SECONDS="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    --kill-points) KILL_POINTS="$2"; shift 2 ;;
    --batch) BATCH="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --sources) SOURCES="$(cd "$2" && pwd)"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --targets) TARGETS="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0" | cut -c3-; exit 0 ;;
    *) echo "Error: unknown argument '$1'" >&2; sed -n '10,11p' "$0" | cut -c3- >&2; exit 64 ;;
  esac
done
mkdir -p "$WORK"
FAILED=0
want() { case ",$ONLY," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
say() { printf '%s\n' "$*"; }

# ---------------------------------------------------------------------------------------------------- fuzz
ALL_TARGETS="LogReaderFuzz TimestampFuzz ArgumentParserFuzz JSONFuzz"
# (e) the briefing drafter, once its entry point exists.
if [ -f "$SOURCES/tools/fuzz/DraftFuzz.swift" ] || [ -f "$ROOT/tools/fuzz/DraftFuzz.swift" ]; then
  if [ -d "$SOURCES/Sources/TimelineKit/Draft" ]; then ALL_TARGETS="$ALL_TARGETS DraftFuzz"; fi
fi

# Snapshot the library sources, so that a file another engineer is saving cannot break the build halfway.
snapshot_sources() {
  rm -rf "$WORK/src" && mkdir -p "$WORK/src"
  (cd "$SOURCES" && tar -cf - Sources/TimelineKit) | tar -xf - -C "$WORK/src"
}

# The exact build command of one target: the target file, the shared support files (the strict CSV reader is
# the tests' own oracle) and every library source
# compiled as one module (so the targets reach internal API), with libFuzzer and AddressSanitizer. Optimised (-O) by
# default for throughput: the targets copy each line into a buffer of exactly its size so AddressSanitizer still sees
# a read past it; FUZZ_OPT=-Onone also turns on the standard library's debug bounds checks, at about 1/20 the speed.
build_target() {
  local t="$1"
  nice -n 10 swiftc -sanitize=fuzzer,address -parse-as-library "${FUZZ_OPT:--O}" -g -D TIMELINE_INTERNAL_CHECKS \
    -module-name TimelineKit \
    "$ROOT/tools/fuzz/FuzzSupport.swift" "$ROOT/tools/fuzz/$t.swift" "$ROOT/Tests/TimelineKitTests/Support/StrictCSV.swift" \
    $(find "$WORK/src/Sources/TimelineKit" -name '*.swift' | LC_ALL=C sort) \
    -o "$WORK/bin/$t" 2> "$WORK/logs/$t.build.log"
}

run_target() {
  local t="$1"
  mkdir -p "$WORK/corpus/$t" "$WORK/artifacts"
  # New inputs go to the first directory ($WORK/corpus), the checked-in seeds are read only.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 TIMELINE_FUZZ_EVENTS="$ROOT/events" \
    nice -n 10 "$WORK/bin/$t" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=20 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$WORK/artifacts/$t-" \
    "$WORK/corpus/$t" "$ROOT/tools/fuzz/corpus/$t" > "$WORK/logs/$t.run.log" 2>&1
  echo $? > "$WORK/logs/$t.rc"
}

if want fuzz; then
  [ -n "$TARGETS" ] && ALL_TARGETS="$(echo "$TARGETS" | tr , ' ')"
  mkdir -p "$WORK/bin" "$WORK/logs"
  rm -f "$WORK"/bin/*
  snapshot_sources
  say "== fuzz: building $(echo $ALL_TARGETS | wc -w) targets from $SOURCES/Sources/TimelineKit"
  BUILT=""
  for t in $ALL_TARGETS; do
    ok=0; build_target "$t" && ok=1
    if [ "$ok" = 0 ] && [ -d "$ROOT/.git" ] && [ -z "${RETRIED:-}" ]; then
      # Usually someone's half-saved file: retry with the committed sources, overlaid with the --sources copies
      # files where it differs from the working tree (so a patched copy keeps its patch).
      say "   $t: build failed ($(grep -m1 'error:' "$WORK/logs/$t.build.log" | sed 's/.*error: //')); retrying with the files of git HEAD"
      RETRIED=1
      rm -rf "$WORK/src" && mkdir -p "$WORK/src"
      git -C "$ROOT" archive HEAD Sources/TimelineKit | tar -xf - -C "$WORK/src"
      (cd "$WORK/src" && find Sources/TimelineKit -name '*.swift') | while read -r f; do
        if [ -f "$SOURCES/$f" ] && ! cmp -s "$SOURCES/$f" "$ROOT/$f"; then cp "$SOURCES/$f" "$WORK/src/$f"; fi
      done
      build_target "$t" && ok=1
    fi
    if [ "$ok" = 1 ]; then BUILT="$BUILT $t"; else
      say "   $t: BUILD FAILED (see $WORK/logs/$t.build.log)"; grep -m5 'error:' "$WORK/logs/$t.build.log"; FAILED=1
    fi
  done
  say "== fuzz: running each target for ${FUZZ_SECONDS}s, $JOBS at a time"
  running=0
  for t in $BUILT; do
    run_target "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
  done
  wait
  printf '   %-20s %12s %10s %8s  %s\n' target executions exec/s seconds result
  for t in $BUILT; do
    log="$WORK/logs/$t.run.log"
    execs=$(awk '/stat::number_of_executed_units:/ {print $2}' "$log" | tail -1)
    rate=$(awk '/stat::average_exec_per_sec:/ {print $2}' "$log" | tail -1)
    secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}' | tail -1)
    rc=$(cat "$WORK/logs/$t.rc")
    if [ "$rc" = 0 ]; then result="ok"; else
      result="CRASH: $(grep -m1 -o 'Test unit written to .*' "$log" | sed 's/Test unit written to //')"
      FAILED=1
    fi
    printf '   %-20s %12s %10s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${secs:-?}" "$result"
    if [ "$rc" != 0 ]; then grep -m3 -E 'Fatal error|ERROR: AddressSanitizer|ERROR: libFuzzer' "$log" | sed 's/^/      /'; fi
    echo "$(date -u +%FT%TZ) $t execs=${execs:-?} seconds=${secs:-?} rc=$rc" >> "$WORK/fuzz-history.log"
  done
fi

# ---------------------------------------------------- crash, diskfull, concurrency (the long versions of the tests)
# The same tests `swift test --filter Hardening` runs in their short form, with larger sizes from the environment.
if want crash || want diskfull || want concurrency; then
  say "== building the package (scratch path $WORK/build)"
  if ! (cd "$ROOT" && nice -n 10 swift build --scratch-path "$WORK/build" > "$WORK/build.log" 2>&1); then
    say "   BUILD FAILED (see $WORK/build.log)"; grep -m5 'error:' "$WORK/build.log"; exit 1
  fi
fi
run_suite() {
  local what="$1" suite="$2"; shift 2
  say "== $what"
  (cd "$ROOT" && env "$@" nice -n 10 swift test --scratch-path "$WORK/build" --filter "$suite" > "$WORK/logs/$suite.log" 2>&1)
  local rc=$?
  grep -E '^(crash safety|  kill after|disk full|concurrency):?' "$WORK/logs/$suite.log" | sed 's/^/   /'
  grep -E 'Expectation failed|recorded an issue' "$WORK/logs/$suite.log" | head -10 | sed 's/^/   FAIL: /'
  if [ $rc = 0 ]; then say "   ok"; else say "   FAILED (see $WORK/logs/$suite.log)"; FAILED=1; fi
}
mkdir -p "$WORK/logs"
want crash && run_suite "crash safety: $KILL_POINTS SIGKILLs during a $BATCH-draft append" HardeningCrashSafetyTests \
  HARDENING_KILL_POINTS="$KILL_POINTS" HARDENING_BATCH="$BATCH"
want diskfull && run_suite "disk full (tmpfs of 400 KB; needs root)" HardeningDiskFullTests
want concurrency && run_suite "concurrency: $ROUNDS rounds of 8 processes on 3 logs" HardeningConcurrencyTests \
  HARDENING_ROUNDS="$ROUNDS" HARDENING_PROCS=8
if [ "$FAILED" = 0 ]; then say "== all hardening checks passed"; else say "== SOME HARDENING CHECKS FAILED"; fi
exit "$FAILED"
