#!/usr/bin/env bash
# The engine against DuckDB, SQLite and Polars on a researcher's workload, with the same answers checked, and
# every other command of the engine timed on the same data.
#
# Usage: tools/bench-peers.sh [--events N] [--logs L] [--runs R] [options]
#   --events N          synthetic events (default 1000000; 10000 is a quick try; 10000000 is 4.8 GB)
#   --logs L            logs they are spread over (default 200)
#   --runs R            timed runs per task and tool; the table shows medians (default 3)
#   --engine PATH       use this timeline binary instead of building one (default: swift build -c release)
#   --sqlite-timeout S  time limit for one SQLite run of the daily export, seconds (default 600)
#   --peer-timeout S    time limit for any other peer run, seconds (default 1800)
#   --skip-sqlite       leave SQLite out
#   --skip-polars       leave Polars out
#
# It generates the data once into bench-data/synthetic-N-L (seed 42), installs the peers if missing (the sqlite3
# CLI from Debian's packages, duckdb
# and polars from PyPI into the venv bench-data/venv), builds the engine in release mode,
# runs every task R times per tool under /usr/bin/time (after a sync, so no run pays for the previous
# one's writes), checks that all tools give the same rows (FAIL and exit 1
# if not), prints a markdown table of median wall time, CPU time (user+sys) and peak RSS with the engine/peer
# ratios, and writes it to bench-data/results-N.md (and the raw medians to bench-data/results-N.tsv, which
# `tools/bench_peers.py growth bench-data/results-*.tsv` turns into the growth table). Tasks 1-5 are done by the
# peers too; tasks 6-13 (diff, changes, every export, render) by the engine alone. The peers are Python processes
# doing the whole task (tools/bench_peers.py holds their SQL and Polars code), so interpreter start and import are
# inside their times.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "bench-peers: $*" >&2; exit 1; }
say() { echo "==> $*" >&2; }

events=1000000
logs=200
runs=3
engine_bin=""
sqlite_timeout=600
peer_timeout=1800
use_sqlite=1
use_polars=1
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events=${2:?--events needs a number}; shift 2 ;;
    --logs) logs=${2:?--logs needs a number}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --engine) engine_bin=${2:?--engine needs a path}; shift 2 ;;
    --sqlite-timeout) sqlite_timeout=${2:?--sqlite-timeout needs seconds}; shift 2 ;;
    --peer-timeout) peer_timeout=${2:?--peer-timeout needs seconds}; shift 2 ;;
    --skip-sqlite) use_sqlite=0; shift ;;
    --skip-polars) use_polars=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
for v in events logs runs sqlite_timeout peer_timeout; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "--${v/_/-} must be a positive integer, got '${!v}'"
done
[ "$events" -ge "$logs" ] || die "--events must be at least --logs"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian package 'time': apt-get install -y time)"
command -v python3 >/dev/null || die "python3 is missing"

data="bench-data/synthetic-${events}-${logs}"
work="bench-data/work-${events}-${logs}"
results="bench-data/results-${events}.md"
results_tsv="bench-data/results-${events}.tsv"
venv="bench-data/venv"
helper="tools/bench_peers.py"
mkdir -p bench-data "$work"

# ------------------------------------------------------------------------------------------------ 1. data
if [ ! -f "$data/catalogue.json" ] || ! compgen -G "$data/*.jsonl" >/dev/null; then
  say "generating $events events in $logs logs into $data (once) ..."
  rm -rf "$data.tmp"
  python3 tools/generate_events.py --out "$data.tmp" --events "$events" --logs "$logs" --seed 42 --quiet
  rm -rf "$data"
  mv "$data.tmp" "$data"
fi
data_mb=$(cat "$data"/*.jsonl | wc -c | awk '{printf "%.0f", $1 / 1e6}')

# ------------------------------------------------------------------------------------------------ 2. peers
is_root() { [ "$(id -u)" = 0 ]; }
apt_install() {
  apt-get install -y "$@" >&2 || { apt-get update >&2 && apt-get install -y "$@" >&2; }
}
if [ "$use_sqlite" = 1 ] && ! command -v sqlite3 >/dev/null; then
  if is_root; then
    say "installing the sqlite3 CLI (apt-get install -y sqlite3) ..."
    apt_install sqlite3 || { echo "bench-peers: could not install sqlite3: SQLite skipped" >&2; use_sqlite=0; }
  else
    echo "bench-peers: the sqlite3 CLI is missing and this is not root (apt-get install -y sqlite3 needs it):" \
         "SQLite skipped" >&2
    use_sqlite=0
  fi
fi
if [ "$use_sqlite" = 1 ] && ! python3 -c 'import sqlite3' 2>/dev/null; then
  echo "bench-peers: this python3 has no sqlite3 module: SQLite skipped" >&2
  use_sqlite=0
fi

use_duckdb=1
if ! { [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import duckdb' 2>/dev/null; }; then
  say "installing duckdb into $venv (python3 -m venv; pip install duckdb) ..."
  if ! python3 -m venv "$venv" >&2; then
    if is_root; then
      apt_install python3-venv && rm -rf "$venv" && python3 -m venv "$venv" >&2 || use_duckdb=0
    else
      use_duckdb=0
    fi
  fi
  if [ "$use_duckdb" = 1 ]; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check duckdb >&2 || use_duckdb=0
  fi
  [ "$use_duckdb" = 1 ] || echo "bench-peers: could not set up duckdb in $venv: DuckDB skipped" >&2
fi
if [ "$use_polars" = 1 ] && ! { [ "$use_duckdb" = 1 ] && "$venv/bin/python" -c 'import polars' 2>/dev/null; }; then
  if [ "$use_duckdb" = 1 ]; then
    say "installing polars into $venv (pip install polars) ..."
    "$venv/bin/pip" install --quiet --disable-pip-version-check polars >&2 || use_polars=0
  else
    use_polars=0
  fi
  [ "$use_polars" = 1 ] || echo "bench-peers: could not set up polars in $venv: Polars skipped" >&2
fi
if [ "$use_duckdb" = 1 ]; then py="$venv/bin/python"; else py=python3; fi
[ "$use_duckdb" = 1 ] || [ "$use_sqlite" = 1 ] || die "neither DuckDB nor SQLite is available: nothing to compare with"
duckdb_version=$([ "$use_duckdb" = 1 ] && "$py" -c 'import duckdb; print(duckdb.__version__)' || echo "n/a")
sqlite_lib_version=$("$py" -c 'import sqlite3; print(sqlite3.sqlite_version)' 2>/dev/null || echo "n/a")
sqlite_cli_version=$(command -v sqlite3 >/dev/null && sqlite3 --version | cut -d' ' -f1 || echo "n/a")
polars_version=$([ "$use_polars" = 1 ] && "$py" -c 'import polars; print(polars.__version__)' || echo "n/a")

# ------------------------------------------------------------------------------------------------ 3. engine
if [ -z "$engine_bin" ]; then
  say "building the engine (swift build -c release --product timeline) ..."
  swift build -c release --product timeline >&2
  engine_bin="$(swift build -c release --show-bin-path)/timeline"
fi
[ -x "$engine_bin" ] || die "no engine binary at $engine_bin"
engine_bin=$(cd "$(dirname "$engine_bin")" && pwd)/$(basename "$engine_bin")

# The engine's derived cache (events/.timeline-cache, see EventTable+Cache.swift); removed for cold runs.
clear_engine_cache() {
  rm -f "$data/.timeline-cache"
}
cache_entries() {
  find "$data" -mindepth 1 -maxdepth 1 ! -name '*.jsonl' ! -name catalogue.json ! -name sources -printf '%f ' 
}

# ------------------------------------------------------------------------------------------------ prep
eval "$("$py" "$helper" info "$data")"   # T K T_EPOCH K_EPOCH D1 D365 T0
say "data: $data ($events events, $logs logs, $data_mb MB); T=$T (60 % of the span), K=$K (80 %);" \
    "days $D1 .. $D365"

duck_db="$work/events.duckdb"
lite_db="$work/events.db"
polars_db="$work/events.parquet"
stamp=$(stat -c %Y "$data"/*.jsonl | sort -n | tail -1)
fresh() { [ -f "$1" ] && [ "$(stat -c %Y "$1")" -ge "$stamp" ]; }
if [ "$use_duckdb" = 1 ] && ! fresh "$duck_db"; then
  say "loading the logs into $duck_db (once, not timed) ..."
  "$py" "$helper" load duckdb "$data" "$duck_db"
fi
if [ "$use_sqlite" = 1 ] && ! fresh "$lite_db"; then
  say "loading the logs into $lite_db with indexes on (subject, eff) and id (once, not timed) ..."
  "$py" "$helper" load sqlite "$data" "$lite_db"
fi
if [ "$use_polars" = 1 ] && ! fresh "$polars_db"; then
  say "writing the logs to $polars_db with Polars (once, not timed) ..."
  "$py" "$helper" load polars "$data" "$polars_db"
fi
if [ "$use_duckdb" = 1 ]; then subject=$("$py" "$helper" subject "$duck_db"); else subject=$("$py" "$helper" subject "$lite_db"); fi
say "history subject: $subject (the measure subject with the most events)"

# ------------------------------------------------------------------------------------------------ 4. runs
tsv="$work/results.tsv"
: > "$tsv"
out="$work/out"
rm -rf "$out"
mkdir -p "$out"

# timed TASK TOOL RUN STDOUT_FILE CMD...: one run under /usr/bin/time; appends "wall cpu kb" to $out/TASK.TOOL.times.
# Returns the command's status (124: the time limit).
timed() {
  local task=$1 tool=$2 run=$3 stdout=$4; shift 4
  local tf="$out/$task.$tool.time" ef="$out/$task.$tool.stderr" rc=0
  # Every run starts with nothing left to write back from the one before (a removed cache, a peer's
  # temporary files), so that no run pays for its predecessor's disk writes.
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$tf" "$@" > "$stdout" 2> "$ef" || rc=$?
  if [ "$rc" != 0 ]; then
    # 124: past the time limit; 137: killed (the kernel's out-of-memory killer, on a peer).
    if [ "$rc" = 124 ] || { [ "$rc" = 137 ] && [ "$tool" != engine ]; }; then return "$rc"; fi
    echo "bench-peers: FAIL: $task with $tool exited with status $rc:" "$@" >&2
    tail -n 20 "$ef" >&2
    exit 1
  fi
  local line
  line=$(tail -n 1 "$tf")
  read -r w u s m <<< "$line"
  echo "$w $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') $m" >> "$out/$task.$tool.times"
  printf '    %-7s run %d/%d: %6.2f s wall, %s KB\n' "$tool" "$run" "$runs" "$w" "$m" >&2
}

median_of() {   # median_of FILE COLUMN
  local n
  n=$(wc -l < "$1")
  awk -v c="$2" '{ print $c }' "$1" | sort -g | sed -n "$(( (n + 1) / 2 ))p"
}

record() {   # record TASK TOOL [NOTE]: the medians of the runs, or the note alone
  local task=$1 tool=$2 note=${3:-} f="$out/$1.$2.times"
  if [ -s "$f" ]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$task" "$tool" "$(median_of "$f" 1)" "$(median_of "$f" 2)" \
      "$(median_of "$f" 3)" "$note" >> "$tsv"
  else
    printf '%s\t%s\t\t\t\t%s\n' "$task" "$tool" "$note" >> "$tsv"
  fi
}

peer_db() { case "$1" in duckdb) echo "$duck_db" ;; polars) echo "$polars_db" ;; *) echo "$lite_db" ;; esac; }
peers=()
[ "$use_duckdb" = 1 ] && peers+=(duckdb)
[ "$use_sqlite" = 1 ] && peers+=(sqlite)
[ "$use_polars" = 1 ] && peers+=(polars)

# run_peer TASKLABEL PEER HELPERTASK RUN [timeout]: one timed run of a peer, its rows in $out/TASKLABEL.PEER.csv
run_peer() {
  local label=$1 peer=$2 task=$3 run=$4 limit=${5:-$peer_timeout}
  local cmd=("$py" "$helper" run "$peer" "$task" --events "$data" --db "$(peer_db "$peer")"
             --out "$out/$label.$peer.csv" --at "$T_EPOCH" --known-at "$K_EPOCH" --subject "$subject"
             --t0 "$T0" --d1 "$D1" --days 365)
  if [ -n "$limit" ]; then cmd=(timeout "$limit" "${cmd[@]}"); fi
  timed "$label" "$peer" "$run" /dev/null "${cmd[@]}"
}

# peer_runs TASKLABEL PEER HELPERTASK [NOTE] [timeout]: the runs of one peer on one task, recorded; a run past its
# time limit ends that peer's runs on the task with a note (and its rows are left out of the check).
peer_runs() {
  local label=$1 peer=$2 task=$3 note=${4:-} limit=${5:-$peer_timeout} r
  for r in $(seq 1 "$runs"); do
    local rc=0
    run_peer "$label" "$peer" "$task" "$r" "$limit" || rc=$?
    if [ "$rc" != 0 ]; then
      local why="timeout > ${limit} s"
      [ "$rc" = 137 ] && why="killed (out of memory)"
      echo "    $peer run $r: $why" >&2
      rm -f "$out/$label.$peer.csv" "$out/$label.$peer.times"
      record "$label" "$peer" "$why"
      timeouts+=("$label $peer: $why")
      return 0
    fi
  done
  record "$label" "$peer" "$note"
}
timeouts=()

check() {   # check TASKLABEL HELPERTASK: engine rows vs every peer that produced rows
  local label=$1 task=$2 files=("$out/$1.engine.csv") p
  for p in "${peers[@]}"; do [ -f "$out/$label.$p.csv" ] && files+=("$out/$label.$p.csv"); done
  local msg
  if ! msg=$("$py" "$helper" compare "$task" "${files[@]}"); then
    echo "$msg" >&2
    echo "bench-peers: FAIL: $label: the tools disagree (rows in $out/)" >&2
    exit 1
  fi
  say "  $label: same rows from engine$(for f in "${files[@]:1}"; do b=${f##*/$label.}; printf ', %s' "${b%.csv}"; done): $msg"
  checks+=("$label: $msg, all agree")
}
checks=()

# ---- task 1: state at T as known at K, from the raw logs, load included
say "task 1: state at $T as known at $K, from the raw logs (engine cache removed before each run)"
seen_cache=""
for r in $(seq 1 "$runs"); do
  clear_engine_cache
  timed t1 engine "$r" "$out/t1.engine.raw" "$engine_bin" state --at "$T" --known-at "$K" --events "$data" --format csv
  [ -n "$seen_cache" ] || seen_cache=$(cache_entries)
done
[ -n "$seen_cache" ] && say "  the engine's cache next to the logs: $seen_cache"
"$py" "$helper" norm state "$out/t1.engine.raw" "$out/t1.engine.csv"
record t1 engine
for p in "${peers[@]}"; do
  peer_runs t1 "$p" state
done
check t1 state

# ---- task 2: the same, warm
say "task 2: the same, warm (engine: its cache; peers: the loaded database files)"
"$engine_bin" state --at "$T" --known-at "$K" --events "$data" --format csv > /dev/null   # builds the cache
for r in $(seq 1 "$runs"); do
  timed t2 engine "$r" "$out/t2.engine.raw" "$engine_bin" state --at "$T" --known-at "$K" --events "$data" --format csv
done
"$py" "$helper" norm state "$out/t2.engine.raw" "$out/t2.engine.csv"
record t2 engine
for p in "${peers[@]}"; do
  peer_runs t2 "$p" state-warm
done
check t2 state-warm

# ---- task 3: history of one subject, warm
say "task 3: history of $subject, warm"
"$engine_bin" history "$subject" --events "$data" --format csv > /dev/null
for r in $(seq 1 "$runs"); do
  timed t3 engine "$r" "$out/t3.engine.raw" "$engine_bin" history "$subject" --events "$data" --format csv
done
"$py" "$helper" norm history "$out/t3.engine.raw" "$out/t3.engine.csv"
record t3 engine
for p in "${peers[@]}"; do
  peer_runs t3 "$p" history
done
check t3 history

# ---- task 4: daily export, 365 days
say "task 4: daily export $D1 .. $D365 (each subject in force, each day at 00:00), warm"
for r in $(seq 1 "$runs"); do
  # The rows the peers' SQL computes (subjects in force that day) and their columns, plus status (checked by
  # norm): not the 16 readable columns, and not the not-in-force rows the export writes without --in-force-only.
  timed t4 engine "$r" /dev/null "$engine_bin" export daily --from "$D1" --to "$D365" --events "$data" \
    --in-force-only --columns date,subject,status,event_id --output "$out/t4.engine.raw"
done
"$py" "$helper" norm daily "$out/t4.engine.raw" "$out/t4.engine.csv"
rm -f "$out/t4.engine.raw"
record t4 engine
for p in "${peers[@]}"; do
  if [ "$p" = polars ] && [ "$events" -gt 1000000 ]; then
    # Its inequality join holds every (day, event in force) pair before picking the latest: 1.7 GB at 100,000
    # events, so tens of gigabytes here, more than this machine has.
    record t4 polars "not run above 1M events: its join holds every (day, event) pair (1.7 GB at 100k)"
    continue
  fi
  if [ "$p" = sqlite ]; then peer_runs t4 "$p" daily "" "$sqlite_timeout"; else peer_runs t4 "$p" daily; fi
done
check t4 daily

# ---- task 5: verify, from the raw logs
say "task 5: verify the whole chain and every check, from the raw logs"
for r in $(seq 1 "$runs"); do
  clear_engine_cache
  timed t5 engine "$r" "$out/t5.engine.raw" "$engine_bin" verify --events "$data"
done
"$py" "$helper" norm verify "$out/t5.engine.raw" "$out/t5.engine.csv"
record t5 engine
for p in "${peers[@]}"; do
  if [ "$p" = polars ]; then record t5 polars "not run: no SHA-256 in Polars"; continue; fi
  peer_runs t5 "$p" verify "$([ "$p" = sqlite ] && echo 'SHA-256 and JSON in Python')"
done
check t5 verify

# ---- tasks 6-13: the engine's other commands, warm (none of them has a peer here)
"$engine_bin" state --at "$T" --events "$data" --format csv > /dev/null   # the cache, after verify's cold runs
eval "$("$py" "$helper" moments "$T" "$D1")"   # T_MONTH_AGO WEEK_FROM WEEK_TO MONTH_FROM MONTH_TO D90
engine_task() {   # engine_task LABEL DESCRIPTION ARGS...: timed runs, output to a file that is then removed
  local label=$1 what=$2; shift 2
  say "$label: $what"
  for r in $(seq 1 "$runs"); do
    timed "$label" engine "$r" "$out/$label.out" "$engine_bin" "$@" --events "$data"
    rows=$(wc -l < "$out/$label.out")
    rm -f "$out/$label.out" "$out/$label.html"
  done
  record "$label" engine
  echo "    $label: $rows lines of output" >&2
}
engine_task t6 "diff from $T_MONTH_AGO to $T as known at $K" diff --from "$T_MONTH_AGO" --to "$T" --known-at "$K" --format csv
engine_task t7 "changes effective $WEEK_FROM .. $WEEK_TO" changes --from "$WEEK_FROM" --to "$WEEK_TO" --format csv
engine_task t8 "export state at T as known at K" export state --at "$T" --known-at "$K"
engine_task t9 "export changes, every event" export changes
engine_task t10 "export metrics, every figure" export metrics
engine_task t11 "export daily, every subject, $D1 .. $D365" export daily --from "$D1" --to "$D365"
engine_task t12 "export indicators, $D1 .. $D90" export indicators --from "$D1" --to "$D90"
engine_task t13 "render $MONTH_FROM .. $MONTH_TO" render --from "$MONTH_FROM" --to "$MONTH_TO" --output "$out/t13.html"

# ------------------------------------------------------------------------------------------------ 5. table
# Friendlier task names for the table.
sed -i -e "s/^t1\t/1. state at T as known at K, raw logs, load included\t/" \
       -e "s/^t2\t/2. the same, warm\t/" \
       -e "s/^t3\t/3. history of one subject, warm\t/" \
       -e "s/^t4\t/4. daily export, 365 days, CSV\t/" \
       -e "s/^t5\t/5. verify, raw logs\t/" \
       -e "s/^t6\t/6. diff, a month apart, warm\t/" \
       -e "s/^t7\t/7. changes in one week, warm\t/" \
       -e "s/^t8\t/8. export state, warm\t/" \
       -e "s/^t9\t/9. export changes, every event\t/" \
       -e "s/^t10\t/10. export metrics, every figure\t/" \
       -e "s/^t11\t/11. export daily, every subject, 365 days\t/" \
       -e "s/^t12\t/12. export indicators, 90 days\t/" \
       -e "s/^t13\t/13. render one month (HTML)\t/" "$tsv"
{ echo "# events $events $data_mb"; cat "$tsv"; } > "$results_tsv"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
meta=(
  "## Engine vs DuckDB vs SQLite vs Polars: $events events in $logs logs ($data_mb MB)"
  ""
  "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, ${cpu:-unknown CPU}, $(free -g | awk '/^Mem:/ { print $2 }') GB;"
  "engine release build ($engine_bin), DuckDB $duckdb_version, SQLite $sqlite_lib_version (Python module; CLI $sqlite_cli_version), Polars $polars_version;"
  "median of $runs run(s) per cell; data: tools/generate_events.py --events $events --logs $logs --seed 42."
  ""
  "- T = $T (60 % of the span of transaction times), K = $K (80 %); history subject $subject; daily $D1 .. $D365 at 00:00."
  "- Task 1: engine with its cache removed before each run (this is its first run); peers in one Python process: DuckDB read_ndjson, SQLite Python json + one transaction into an in-memory table, then the query."
  "- Task 1: Polars scan_ndjson of every log in one lazy query."
  "- Tasks 2-4: engine with its cache next to the logs; peers against a database loaded once beforehand (DuckDB .duckdb; SQLite .db with indexes on (subject, eff) and id; Polars a Parquet file it wrote), loading not timed."
  "- Tasks 6-13: the engine alone, warm, its output to a file: diff between T minus 30 days and T as known at K; changes effective in the week before T; export state at T as known at K; export changes and metrics whole; export daily with every known subject each day (not only those in force); export indicators for the first 90 days; render of the 30 days before T."
  "- Task 5: engine verify checks everything (chain, seq, vocabulary, catalogue, quotes against the sources); the peers check the chain (SHA-256 of every line), seq, JSON, ids, sources, types and until > effective, not quotes or the catalogue. SQLite's SHA-256 and JSON parsing are Python's (hashlib, json)."
  "- Peer times include starting Python and importing the module (DuckDB about 0.1 s)."
  "- Every timed run starts after a sync, so none pays for the disk writes of the run before it (the engine's removed cache, a peer's files)."
)
[ ${#timeouts[@]} -gt 0 ] && meta+=("- Past the time limit or killed (not in the row checks): $(IFS=';'; echo "${timeouts[*]}" | sed 's/;/; /g').")
meta+=("- Same rows checked: $(IFS=';'; echo "${checks[*]}" | sed 's/;/; /g').")
"$py" "$helper" table "$tsv" "${meta[@]}" > "$results"
echo
cat "$results"
echo
say "table written to $results (medians in $results_tsv)"
