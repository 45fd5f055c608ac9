#!/usr/bin/env bash
# Proof for issue 17: docs/sql on Spark (local mode) and DuckDB over the engine's Parquet give the engine's rows.
#
# Usage: tools/check-parquet.sh [--events N] [--logs L] [--days D] [--engine PATH] [options]
#   --events N      synthetic events (default 1000000; 10000 is a quick try)
#   --logs L        logs they are spread over (default 200)
#   --days D        days of the daily table (default 365)
#   --engine PATH   use this timeline binary instead of building one (default: swift build -c release)
#   --source S      parquet (default): the SQL reads `timeline export events --format parquet`; jsonl: the SQL
#                   reads the JSON logs (typed by the helper), for an engine without the Parquet writer
#   --skip-spark    leave Spark out (DuckDB only)
#   --skip-real     leave out the real logs in events/ (the only ones with restatements)
#
# For the real logs (events/, copied) and the synthetic set bench-data/synthetic-N-L (generated once, seed 42), it
# exports the events to a Parquet lake and the state, daily, changes and metrics tables to Parquet, timing each;
# picks several (T, K) (K after T, K before T, everything known, and K on each side of a retraction that changes the
# answer; on the real logs, points where restatements refresh last_stated; the early-K points also run with the
# lake's partitions after K's day skipped, which must not change the rows); runs docs/sql/state.sql and
# docs/sql/daily.sql on DuckDB and on Spark in local mode over the lake; checks that both return exactly the rows of
# `timeline export state --at T --known-at K` and `timeline export daily --in-force-only` (every compared column,
# see docs/sql/README.md), and that the engine's Parquet state and daily tables hold the rows of its CSV; reads
# every exported table with pyarrow, polars and pandas and checks every column's type; prints a markdown table of
# times and sizes (also written to bench-data/parquet-check-N.md). Any mismatch: FAIL and exit 1.
# Installs pyarrow, polars, pandas, duckdb and pyspark into bench-data/parquet-venv, and Java
# (default-jre-headless) with apt-get when it is missing and this is root.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "check-parquet: $*" >&2; exit 1; }
fail() { echo "check-parquet: FAIL: $*" >&2; exit 1; }
say() { echo "==> $*" >&2; }

events=1000000
logs=200
days=365
engine_bin=""
source=parquet
use_spark=1
use_real=1
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events=${2:?--events needs a number}; shift 2 ;;
    --logs) logs=${2:?--logs needs a number}; shift 2 ;;
    --days) days=${2:?--days needs a number}; shift 2 ;;
    --engine) engine_bin=${2:?--engine needs a path}; shift 2 ;;
    --source) source=${2:?--source needs parquet or jsonl}; shift 2 ;;
    --skip-spark) use_spark=0; shift ;;
    --skip-real) use_real=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
for v in events logs days; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "--$v must be a positive integer, got '${!v}'"
done
[ "$events" -ge "$logs" ] || die "--events must be at least --logs"
case "$source" in parquet|jsonl) ;; *) die "--source must be parquet or jsonl, got '$source'" ;; esac
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian package 'time': apt-get install -y time)"
command -v python3 >/dev/null || die "python3 is missing"

venv=bench-data/parquet-venv
helper=tools/check_parquet.py
data="bench-data/synthetic-${events}-${logs}"
work="bench-data/parquet-check-${events}-${logs}"
results="bench-data/parquet-check-${events}.md"
mkdir -p bench-data
rm -rf "$work"
mkdir -p "$work"

is_root() { [ "$(id -u)" = 0 ]; }
apt_install() {
  apt-get install -y "$@" >&2 || { apt-get update >&2 && apt-get install -y "$@" >&2; }
}

# ------------------------------------------------------------------------------------------------ 1. tools
py="$venv/bin/python"
if ! { [ -x "$py" ] && "$py" -c 'import pyarrow, polars, pandas, duckdb, pyspark' 2>/dev/null; }; then
  say "installing pyarrow, polars, pandas, duckdb, pyspark into $venv (python3 -m venv; pip install) ..."
  if ! [ -x "$py" ]; then
    python3 -m venv "$venv" >&2 || { is_root && apt_install python3-venv && rm -rf "$venv" && python3 -m venv "$venv" >&2; } \
      || die "could not create the venv $venv (python3-venv missing?)"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check pyarrow polars pandas duckdb pyspark >&2 \
    || die "pip install into $venv failed"
fi
if [ "$use_spark" = 1 ] && ! java -version >/dev/null 2>&1; then
  if is_root; then
    say "installing Java for Spark (apt-get install -y default-jre-headless) ..."
    apt_install default-jre-headless || die "could not install Java (default-jre-headless); --skip-spark to leave Spark out"
  else
    die "Java is missing and this is not root (apt-get install -y default-jre-headless); --skip-spark to leave Spark out"
  fi
fi
versions=$("$py" -c 'import pyarrow, polars, pandas, duckdb, pyspark; print("pyarrow %s, polars %s, pandas %s, DuckDB %s, PySpark %s" % (pyarrow.__version__, polars.__version__, pandas.__version__, duckdb.__version__, pyspark.__version__))')
java_version=$( (java -version 2>&1 || echo "no java") | head -1)

# ------------------------------------------------------------------------------------------------ 2. engine
if [ -z "$engine_bin" ]; then
  say "building the engine (flock /tmp/swift-build.lock nice -n 10 swift build -c release) ..."
  flock /tmp/swift-build.lock nice -n 10 swift build -c release --product timeline >&2
  engine_bin="$(swift build -c release --show-bin-path)/timeline"
fi
[ -x "$engine_bin" ] || die "no engine binary at $engine_bin"
engine_bin=$(cd "$(dirname "$engine_bin")" && pwd)/$(basename "$engine_bin")
if [ "$source" = parquet ] && ! "$engine_bin" export --help 2>&1 | grep -q parquet; then
  die "$engine_bin has no Parquet export (timeline export --help says nothing of parquet); --source jsonl to check the SQL over the JSON logs"
fi

# ------------------------------------------------------------------------------------------------ 3. data
if [ ! -f "$data/catalogue.json" ] || ! compgen -G "$data/*.jsonl" >/dev/null; then
  say "generating $events events in $logs logs into $data (once) ..."
  rm -rf "$data.tmp"
  python3 tools/generate_events.py --out "$data.tmp" --events "$events" --logs "$logs" --seed 42 --quiet
  rm -rf "$data"
  mv "$data.tmp" "$data"
fi
sets=()
if [ "$use_real" = 1 ]; then
  rm -rf "$work/real-events"
  mkdir -p "$work/real-events"
  cp -r events/. "$work/real-events/"
  rm -f "$work/real-events/.timeline-cache"
  sets+=(real)
fi
sets+=(synthetic)
set_dir() { if [ "$1" = real ]; then echo "$work/real-events"; else echo "$data"; fi; }

# ------------------------------------------------------------------------------------------------ helpers
tsv="$work/times.tsv"
: > "$tsv"
# timed SET TASK CMD...: runs CMD under /usr/bin/time, appends "SET TASK wall cpu kb" to $tsv.
timed() {
  local set=$1 task=$2; shift 2
  local tf="$work/$set.$task.time" rc=0
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$tf" "$@" > "$work/$set.$task.stdout" 2> "$work/$set.$task.stderr" || rc=$?
  if [ "$rc" != 0 ]; then
    tail -n 20 "$work/$set.$task.stderr" >&2
    fail "$set: $task exited with status $rc: $*"
  fi
  read -r w u s m <<< "$(tail -n 1 "$tf")"
  printf '%s\t%s\t%s\t%s\t%s\n' "$set" "$task" "$w" "$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')" "$m" >> "$tsv"
  printf '    %-10s %-28s %7.2f s wall, %s KB\n' "$set" "$task" "$w" "$m" >&2
}
size_of() { du -sb "$1" | cut -f1; }
sizes="$work/sizes.tsv"
: > "$sizes"
checks=()

# ------------------------------------------------------------------------------------------------ 4. each data set
for set in "${sets[@]}"; do
  dir=$(set_dir "$set")
  out="$work/$set"
  mkdir -p "$out"
  say "$set: $dir"
  printf '%s\tJSON Lines logs\t%s\n' "$set" "$(cat "$dir"/*.jsonl | wc -c)" >> "$sizes"
  "$engine_bin" verify --events "$dir" > /dev/null 2>&1 || true   # builds the engine's cache (not timed)

  # -- the lake and the tables
  if [ "$source" = parquet ]; then
    lake="$out/lake"
    timed "$set" "export events (lake)" "$engine_bin" export events --format parquet --output "$lake" --events "$dir"
    printf '%s\tevents lake (Parquet, %s files)\t%s\n' "$set" "$(find "$lake" -name '*.parquet' | wc -l)" "$(size_of "$lake")" >> "$sizes"
    events_src=$lake
  else
    events_src=$dir
  fi

  # -- the points
  "$py" "$helper" points --events "$events_src" --source "$source" --days "$days" --set "$set" > "$out/points.json"
  "$py" "$helper" jobs "$out/points.json" > "$out/jobs.json"
  say "$set: points: $("$py" "$helper" describe "$out/points.json")"

  # -- the engine: CSV (what the SQL must reproduce) and Parquet tables (typed)
  while IFS=$'\t' read -r label kind args; do
    read -r -a argv <<< "$args"
    timed "$set" "engine $label" "$engine_bin" export "$kind" "${argv[@]}" --events "$dir" --output "$out/$label.engine.csv"
    if [ "$source" = parquet ]; then
      timed "$set" "engine $label parquet" "$engine_bin" export "$kind" "${argv[@]}" --events "$dir" --format parquet \
        --output "$out/$label.engine.parquet"
    fi
  done < <("$py" "$helper" engine-args "$out/points.json")
  if [ "$source" = parquet ]; then
    range=$("$py" -c 'import json,sys; d=json.load(open(sys.argv[1]))["daily"][0]; print(d["from"], d["to"])' "$out/points.json")
    read -r d1 d2 <<< "$range"
    timed "$set" "export changes parquet" "$engine_bin" export changes --format parquet --events "$dir" --output "$out/changes.parquet"
    timed "$set" "export metrics parquet" "$engine_bin" export metrics --format parquet --events "$dir" --output "$out/metrics.parquet"
    # Every subject every day (nulls in most columns: not in force, no report), over a week: for the types.
    d7=$("$py" -c 'import datetime,sys; print(datetime.date.fromisoformat(sys.argv[1]) + datetime.timedelta(days=6))' "$d1")
    timed "$set" "export daily (all, 7 days) parquet" "$engine_bin" export daily --from "$d1" --to "$d7" --format parquet \
      --events "$dir" --output "$out/daily-all.parquet"
    for f in "$out"/*.parquet; do
      printf '%s\t%s\t%s\n' "$set" "$(basename "$f")" "$(size_of "$f")" >> "$sizes"
    done
  fi

  # -- the SQL on DuckDB and Spark
  timed "$set" "duckdb (process)" "$py" "$helper" run duckdb --events "$events_src" --source "$source" --jobs "$out/jobs.json" --out "$out"
  cat "$work/$set.duckdb (process).stdout" >&2
  tools=(duckdb)
  if [ "$use_spark" = 1 ]; then
    timed "$set" "spark (process)" nice -n 10 "$py" "$helper" run spark --events "$events_src" --source "$source" --jobs "$out/jobs.json" --out "$out"
    cat "$work/$set.spark (process).stdout" >&2
    tools+=(spark)
  fi

  # -- same rows
  while IFS=$'\t' read -r label kind elabel; do
    files=()
    for t in "${tools[@]}"; do files+=("$out/$label.$t.parquet"); done
    [ "$source" = parquet ] && [ -f "$out/$label.engine.parquet" ] && files+=("$out/$label.engine.parquet")
    if ! msg=$("$py" "$helper" compare "$kind" "$out/$elabel.engine.csv" "${files[@]}"); then
      echo "$msg" >&2
      fail "$set: $label: the rows differ (files in $out/)"
    fi
    say "  $set $label: $msg"
    checks+=("$set $label: $(echo "$msg" | cut -d' ' -f1-4)")
  done < <("$py" "$helper" labels "$out/points.json")
  if ! msg=$("$py" "$helper" retraction-check "$out/points.json" "$out"); then
    echo "$msg" >&2
    fail "$set: the retraction points do not show the retraction (files in $out/)"
  fi
  [ -n "$msg" ] && say "  $set: $msg"

  # -- types
  if [ "$source" = parquet ]; then
    tables=("events=$lake")
    for f in "$out"/*.engine.parquet "$out"/changes.parquet "$out"/metrics.parquet "$out"/daily-all.parquet; do
      tables+=("$(basename "$f" .parquet)=$f")
    done
    if ! msg=$("$py" "$helper" types "${tables[@]}"); then
      echo "$msg" >&2
      fail "$set: column types (see above)"
    fi
    echo "$msg" >&2
    checks+=("$set: $(echo "$msg" | tail -n 1)")
  fi
done

# ------------------------------------------------------------------------------------------------ 5. table
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
"$py" "$helper" table --times "$tsv" --sizes "$sizes" --work "$work" \
  --meta "## Parquet and docs/sql: engine vs DuckDB vs Spark, $events synthetic events in $logs logs" \
  --meta "" \
  --meta "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, ${cpu:-unknown CPU}, $(free -g | awk '/^Mem:/ { print $2 }') GB; engine release build ($engine_bin);" \
  --meta "$versions; $java_version; events read from: $source." \
  --meta "" \
  --meta "- Same rows: $(IFS=';'; echo "${checks[*]}" | sed 's/;/; /g')." \
  > "$results"
echo
cat "$results"
echo
say "table written to $results; all checks passed"
