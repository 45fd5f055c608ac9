#!/usr/bin/env python3
"""The helper of tools/check-parquet.sh: runs docs/sql/*.sql on DuckDB and Spark (local mode) over the events, compares
their rows with the engine's exports, checks the Parquet tables' column types in pyarrow, polars and pandas, and prints
the table of times and sizes.

Run with the venv python (bench-data/parquet-venv/bin/python), which has duckdb, pyspark, pyarrow, polars, pandas.

  check_parquet.py points --events SRC --source S [--known-retraction]   the (T, K) points to check, as JSON
  check_parquet.py run duckdb|spark --events SRC --source S --jobs JOBS.json --out DIR
                                         every job (a query with its parameters) in one process; times as JSON
  check_parquet.py compare state|daily ENGINE.csv RESULT.parquet...      same rows and columns? (exit 1 if not)
  check_parquet.py types TABLE=PATH...   every exported table read by pyarrow, polars and pandas, every column typed
  check_parquet.py table RESULTS.json    the markdown table of times and sizes

SRC is the events: a directory of *.jsonl logs (--source jsonl: read and typed here, for developing the SQL before
the Parquet writer) or the lake written by `timeline export events --format parquet --output DIR` (--source parquet).
"""
import datetime
import glob
import json
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SQL_DIR = os.path.join(ROOT, 'docs', 'sql')
CITY = datetime.timezone(datetime.timedelta(hours=8))
FAR = '9999-12-31 00:00:00'


def die(msg, code=2):
    print('check_parquet: ' + msg, file=sys.stderr)
    sys.exit(code)


# ------------------------------------------------------------------------------------------------ parameters

def city_wall(iso):
    """'2022-01-10T12:00+08:00' (any offset) -> '2022-01-10 12:00:00' in the city's wall-clock time."""
    d = datetime.datetime.fromisoformat(iso).astimezone(CITY)
    return d.strftime('%Y-%m-%d %H:%M:%S')


def ts_expr(iso):
    """A parameter as the SQL files write it: city wall time minus the offset, or far future for 'everything'."""
    if iso is None:
        return "TIMESTAMP '%s'" % FAR
    return "TIMESTAMP '%s' - INTERVAL '8' HOUR" % city_wall(iso)


def horizon_expr(days):
    return "INTERVAL '%d' DAY" % days


def with_params(sql, values):
    """The SQL with the expressions of the `params` CTE's columns replaced: values maps a column name to its SQL."""
    head, sep, rest = sql.partition('params AS (')
    if not sep:
        die('no `params AS (` CTE in the SQL')
    body, sep2, tail = rest.partition('\n),')
    seen = set()
    out = []
    for line in body.split('\n'):
        m = re.match(r'^(\s*)(.*?)( AS (\w+))(,?)(\s*--.*)?$', line)
        if m and m.group(4) in values:
            seen.add(m.group(4))
            line = '%s%s%s%s%s' % (m.group(1), values[m.group(4)], m.group(3), m.group(5), m.group(6) or '')
        out.append(line)
    missing = set(values) - seen
    if missing:
        die('params CTE has no column(s) ' + ', '.join(sorted(missing)))
    return head + sep + '\n'.join(out) + sep2 + tail


def job_sql(job):
    """The SQL text of a job: {'query': 'state'|'daily', 'at', 'known_at', 'from', 'to', 'horizon_days'}."""
    with open(os.path.join(SQL_DIR, job['query'] + '.sql'), encoding='utf-8') as f:
        sql = f.read()
    h = horizon_expr(job.get('horizon_days', 14))
    if job['query'] == 'state':
        vals = {'t': ts_expr(job['at']), 'k': ts_expr(job.get('known_at')), 'horizon': h}
    else:
        d1 = datetime.date.fromisoformat(job['from'])
        d2 = datetime.date.fromisoformat(job['to'])
        vals = {'first_day': "TIMESTAMP '%s 00:00:00' - INTERVAL '8' HOUR" % d1.isoformat(),
                'days': str((d2 - d1).days + 1), 'k': ts_expr(job.get('known_at')), 'horizon': h}
    sql = with_params(sql, vals).rstrip().rstrip(';')
    if job.get('prune_date'):
        # Partition pruning (docs/sql/README.md): the lake's partitions dated after K's day are never read.
        if '  FROM events\n' not in sql:
            die('no `  FROM events` line in the SQL to add the partition filter to')
        sql = sql.replace('  FROM events\n', "  FROM events\n  WHERE recorded_date <= DATE '%s'\n" % job['prune_date'], 1)
    return sql


# ------------------------------------------------------------------------------------------------ sources

JSONL_COLUMNS = ("{'seq': 'BIGINT', 'id': 'VARCHAR', 'type': 'VARCHAR', 'subject': 'VARCHAR', 'effective': 'VARCHAR', "
                 "'until': 'VARCHAR', 'recorded': 'VARCHAR', 'source': 'VARCHAR', 'quote': 'VARCHAR', 'data': 'JSON'}")


def duckdb_events(con, src, source):
    """Registers the view `events` (the columns docs/sql reads) over the logs or the lake."""
    con.execute("SET TimeZone = 'UTC'")
    q = src.replace("'", "''")
    if source == 'jsonl':
        con.execute("""
          CREATE VIEW events AS
          SELECT seq, id, type, subject, effective::TIMESTAMPTZ AS effective, "until"::TIMESTAMPTZ AS until,
                 recorded::TIMESTAMPTZ AS recorded, source AS log, source, quote, data ->> 'target' AS target,
                 (data ->> 'period_start')::TIMESTAMPTZ AS period_start,
                 data ->> 'scope' AS scope, data ->> 'level' AS level, (data ->> 'value')::DOUBLE AS value,
                 data ->> 'unit' AS unit, CAST(data -> 'params' AS VARCHAR) AS params_json
          FROM read_ndjson('%s/*.jsonl', columns = %s)""" % (q, JSONL_COLUMNS))
    else:
        con.execute("CREATE VIEW events AS SELECT * FROM read_parquet('%s/**/*.parquet', hive_partitioning = true)" % q)


def spark_session():
    from pyspark.sql import SparkSession
    s = (SparkSession.builder.master('local[*]').appName('timeline-check-parquet')
         .config('spark.sql.session.timeZone', 'UTC')
         .config('spark.ui.enabled', 'false')
         .config('spark.sql.shuffle.partitions', '8')
         .config('spark.driver.memory', os.environ.get('SPARK_DRIVER_MEMORY', '6g'))
         .config('spark.sql.parquet.outputTimestampType', 'TIMESTAMP_MICROS')
         .getOrCreate())
    s.sparkContext.setLogLevel('ERROR')
    return s


def spark_events(spark, src, source):
    if source == 'jsonl':
        from pyspark.sql.types import LongType, StringType, StructField, StructType
        schema = StructType([StructField(n, t) for n, t in (
            ('seq', LongType()), ('id', StringType()), ('type', StringType()), ('subject', StringType()),
            ('effective', StringType()), ('until', StringType()), ('recorded', StringType()),
            ('source', StringType()), ('quote', StringType()), ('data', StringType()))])
        raw = spark.read.schema(schema).json(os.path.join(src, '*.jsonl'))
        raw.createOrReplaceTempView('raw_events')
        spark.sql("""
          CREATE OR REPLACE TEMP VIEW events AS
          SELECT seq, id, type, subject, to_timestamp(effective, "{F}") AS effective,
                 to_timestamp(until, "{F}") AS until, to_timestamp(recorded, "{F}") AS recorded, source AS log,
                 source, quote,
                 get_json_object(data, '$.target') AS target,
                 to_timestamp(get_json_object(data, '$.period_start'), "{F}") AS period_start,
                 get_json_object(data, '$.scope') AS scope, get_json_object(data, '$.level') AS level,
                 CAST(get_json_object(data, '$.value') AS DOUBLE) AS value, get_json_object(data, '$.unit') AS unit,
                 get_json_object(data, '$.params') AS params_json
          FROM raw_events""".replace('{F}', "yyyy-MM-dd'T'HH:mm[:ss]XXX"))
    else:
        spark.read.parquet(src).createOrReplaceTempView('events')


# ------------------------------------------------------------------------------------------------ points

def iso_city(x):
    d = datetime.datetime.fromtimestamp(x, CITY)
    return d.isoformat(timespec='minutes' if d.second == 0 else 'seconds')


# The real logs (events/) have restatements and no retractions: points where restatements refresh last_stated
# (10 January, K after T), K before T, and later moments where rules go unconfirmed.
REAL_POINTS = {
    'points': [
        {'name': 'restatements, K after T', 'at': '2022-01-10T12:00+08:00', 'known_at': '2022-01-11T20:00+08:00'},
        {'name': 'K before T', 'at': '2022-01-25T12:00+08:00', 'known_at': '2022-01-09T20:00+08:00', 'prune': True},
        {'name': 'all known', 'at': '2022-01-12T12:00+08:00', 'known_at': None},
        {'name': 'all known, November', 'at': '2022-11-28T12:00+08:00', 'known_at': None},
        {'name': 'all known, stale rules', 'at': '2022-12-20T12:00+08:00', 'known_at': None},
    ],
    'daily': [
        {'from': '2022-01-01', 'to': '2022-12-31', 'known_at': None},
        {'from': '2022-01-05', 'to': '2022-02-28', 'known_at': '2022-01-11T00:00+08:00'},
    ],
}


def cmd_points(a):
    """The (T, K) points of a data set, as JSON (labels state-1.., daily-1..)."""
    if a.set == 'real':
        out = json.loads(json.dumps(REAL_POINTS))
    else:
        out = synthetic_points(a)
    for i, p in enumerate(out['points'], 1):
        p['label'] = 'state-%d' % i
    for i, d in enumerate(out['daily'], 1):
        d['label'] = 'daily-%d' % i
    out['set'] = a.set
    out['source'] = a.source
    print(json.dumps(out, indent=1))


def synthetic_points(a):
    """T/K over the span of transaction times, and K on each side of a retraction that changes the answer."""
    import duckdb
    con = duckdb.connect()
    duckdb_events(con, a.events, a.source)
    lo, hi = con.execute("SELECT epoch(min(recorded))::BIGINT, epoch(max(recorded))::BIGINT FROM events").fetchone()

    def at(frac):
        return iso_city(lo + (hi - lo) * frac // 100 // 60 * 60)

    points = [
        {'name': 'K after T', 'at': at(60), 'known_at': at(80)},
        {'name': 'K before T', 'at': at(80), 'known_at': at(50), 'prune': True},
        {'name': 'all known', 'at': at(95), 'known_at': None},
    ]
    # A retracted event that decides its subject at its own effective time while the retraction is not yet known:
    # no other event of the subject starts at that moment, and the retraction came at least a minute after it.
    row = con.execute("""
      WITH r AS (
        SELECT target, min(recorded) AS r_rec FROM events WHERE type = 'event.retracted' GROUP BY target
      ), x AS (
        SELECT e.subject, e.id, e.effective, r.r_rec
        FROM events e JOIN r ON r.target = e.id
        WHERE e.type IN ('zone.designated', 'zone.regraded', 'measure.imposed', 'measure.amended', 'testing.scheduled')
          AND r.r_rec - INTERVAL 1 MINUTE >= e.recorded
          AND NOT EXISTS (
            SELECT 1 FROM events o
            WHERE o.subject = e.subject AND o.id <> e.id AND o.effective = e.effective AND o.recorded <= r.r_rec
              AND o.type NOT IN ('event.retracted', 'briefing.published', 'zone.restated', 'measure.restated'))
      ), n AS (
        SELECT *, row_number() OVER (ORDER BY subject, id) AS i, count(*) OVER () AS c FROM x
      )
      SELECT subject, id, epoch(effective)::BIGINT, epoch(r_rec)::BIGINT FROM n WHERE i = (c + 1) // 2""").fetchone()
    if row:
        subject, target, eff, r_rec = row
        points.append({'name': 'K before a retraction', 'at': iso_city(eff), 'known_at': iso_city(r_rec - 60), 'prune': True,
                       'retraction': {'subject': subject, 'target': target, 'decides': True}})
        points.append({'name': 'K at that retraction', 'at': iso_city(eff), 'known_at': iso_city(r_rec),
                       'retraction': {'subject': subject, 'target': target, 'decides': False}})
    # The daily table over `days` days that end 60 days after K (clipped to the data): the last days show what
    # was known at K of days after it.
    first = datetime.datetime.fromtimestamp(lo, CITY).date()
    k_day = datetime.datetime.fromisoformat(at(80)).date()
    d1 = max(first, k_day - datetime.timedelta(days=a.days - 61))
    return {'points': points,
            'daily': [{'from': d1.isoformat(), 'to': (d1 + datetime.timedelta(days=a.days - 1)).isoformat(),
                       'known_at': at(80)}]}


def load_points(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def k_day(p):
    return datetime.datetime.fromisoformat(p['known_at']).astimezone(CITY).date().isoformat()


def pruned(pts):
    """The points also run with the partition filter: those marked `prune` (a K well before the end)."""
    return [p for p in pts['points'] if p.get('prune') and p['known_at'] and pts.get('source') == 'parquet']


def cmd_jobs(a):
    pts = load_points(a.points)
    jobs = [{'label': p['label'], 'query': 'state', 'at': p['at'], 'known_at': p['known_at']} for p in pts['points']]
    jobs += [{'label': p['label'] + '-pruned', 'query': 'state', 'at': p['at'], 'known_at': p['known_at'],
              'prune_date': k_day(p)} for p in pruned(pts)]
    jobs += [{'label': d['label'], 'query': 'daily', 'from': d['from'], 'to': d['to'], 'known_at': d['known_at']}
             for d in pts['daily']]
    print(json.dumps(jobs, indent=1))


def cmd_engine_args(a):
    """label TAB table TAB arguments of `timeline export`, one line per point."""
    pts = load_points(a.points)
    for p in pts['points']:
        args = ['--at', p['at']] + (['--known-at', p['known_at']] if p['known_at'] else [])
        print('%s\tstate\t%s' % (p['label'], ' '.join(args)))
    for d in pts['daily']:
        args = ['--from', d['from'], '--to', d['to'], '--in-force-only'] + (['--known-at', d['known_at']] if d['known_at'] else [])
        print('%s\tdaily\t%s' % (d['label'], ' '.join(args)))


def cmd_labels(a):
    """label TAB table TAB the label of the engine's rows it must equal."""
    pts = load_points(a.points)
    for p in pts['points']:
        print('%s\tstate\t%s' % (p['label'], p['label']))
    for p in pruned(pts):
        print('%s-pruned\tstate\t%s' % (p['label'], p['label']))
    for d in pts['daily']:
        print('%s\tdaily\t%s' % (d['label'], d['label']))


def cmd_describe(a):
    pts = load_points(a.points)
    parts = ['%s T=%s K=%s (%s)' % (p['label'], p['at'], p['known_at'] or 'all', p['name']) for p in pts['points']]
    parts += ['%s %s..%s K=%s' % (d['label'], d['from'], d['to'], d['known_at'] or 'all') for d in pts['daily']]
    print('; '.join(parts))


def cmd_retraction_check(a):
    """The retraction points must show it: the target decides its subject before, not at the retraction."""
    import csv
    pts = load_points(a.points)
    said = []
    for p in pts['points']:
        r = p.get('retraction')
        if not r:
            continue
        with open(os.path.join(a.out, p['label'] + '.engine.csv'), newline='', encoding='utf-8') as f:
            rows = [x for x in csv.DictReader(f) if x['subject'] == r['subject']]
        decides = any(x['event_id'] == r['target'] for x in rows)
        if decides != r['decides']:
            print('FAIL: at T=%s K=%s the engine %s %s deciding %s' % (
                p['at'], p['known_at'], 'does not show' if r['decides'] else 'still shows', r['target'], r['subject']))
            sys.exit(1)
        said.append('%s %s' % (p['label'], 'shows the retracted event' if decides else 'no longer shows it'))
    if said:
        r = [p['retraction'] for p in pts['points'] if p.get('retraction')][0]
        print('retraction of %s (%s): %s' % (r['target'], r['subject'], ', '.join(said)))


# ------------------------------------------------------------------------------------------------ run

def cmd_run(a):
    with open(a.jobs, encoding='utf-8') as f:
        jobs = json.load(f)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.perf_counter()
    times = {'tool': a.tool}
    if a.tool == 'duckdb':
        import duckdb
        con = duckdb.connect()
        threads = os.environ.get('DUCKDB_THREADS')
        if threads:
            con.execute('SET threads = %d' % int(threads))
        duckdb_events(con, a.events, a.source)
        times['version'] = duckdb.__version__
        times['start_s'] = time.perf_counter() - t0
        for j in jobs:
            sql = job_sql(j)
            out = os.path.join(a.out, j['label'] + '.duckdb.parquet')
            s = time.perf_counter()
            con.execute("COPY (%s) TO '%s' (FORMAT parquet)" % (sql, out.replace("'", "''")))
            times[j['label']] = time.perf_counter() - s
            print('  duckdb %-28s %7.2f s' % (j['label'], times[j['label']]), flush=True)
    else:
        import pyspark
        spark = spark_session()
        spark_events(spark, a.events, a.source)
        times['version'] = pyspark.__version__
        times['start_s'] = time.perf_counter() - t0
        for j in jobs:
            sql = job_sql(j)
            out = os.path.join(a.out, j['label'] + '.spark.parquet')
            s = time.perf_counter()
            spark.sql(sql).write.mode('overwrite').parquet(out)
            times[j['label']] = time.perf_counter() - s
            print('  spark  %-28s %7.2f s' % (j['label'], times[j['label']]), flush=True)
        spark.stop()
    times['total_s'] = time.perf_counter() - t0
    with open(os.path.join(a.out, a.tool + '.times.json'), 'w', encoding='utf-8') as f:
        json.dump(times, f)


# ------------------------------------------------------------------------------------------------ compare

# Compared columns: engine column -> (SQL result column, kind). Kinds: s string, t time (compared as the instant),
# n number (to hundredths), v number (exactly, as a double), d date.
COMPARED = {
    'state': [('subject', 'subject', 's'), ('kind', 'kind', 's'), ('event_id', 'event_id', 's'),
              ('effective', 'effective', 't'), ('until', 'until', 't'), ('recorded', 'recorded', 't'),
              ('source', 'source', 's'), ('scope', 'scope', 's'), ('level', 'level', 's'), ('value', 'value', 'v'),
              ('unit', 'unit', 's'), ('params_json', 'params_json', 's'), ('quote', 'quote', 's'),
              ('status', 'status', 's'), ('last_stated', 'last_stated', 't'),
              ('last_stated_source', 'last_stated_source', 's'), ('last_stated_event', 'last_stated_event', 's'),
              ('age_days', 'age_days', 'n'), ('end', 'end_kind', 's'), ('end_at', 'end_at', 't'),
              ('end_event', 'end_event', 's')],
    'daily': [('date', 'date', 'd'), ('subject', 'subject', 's'), ('kind', 'kind', 's'), ('status', 'status', 's'),
              ('event_id', 'event_id', 's'), ('scope', 'scope', 's'), ('value', 'value', 'v'), ('unit', 'unit', 's'),
              ('effective', 'effective', 't'), ('until', 'until', 't'), ('source', 'source', 's'), ('as_of', 'as_of', 't'), ('period_start', 'period_start', 't'),
              ('last_stated', 'last_stated', 't'), ('age_days', 'age_days', 'n'), ('end', 'end_kind', 's'),
              ('end_at', 'end_at', 't')],
}


def norm_engine(col, kind):
    c = '"%s"' % col
    if kind == 't':
        return "epoch(CAST(NULLIF(%s, '') AS TIMESTAMPTZ))::BIGINT" % c
    if kind == 'n':
        return "CAST(ROUND(CAST(NULLIF(%s, '') AS DOUBLE), 2) AS DECIMAL(18, 2))" % c
    if kind == 'v':
        return "CAST(NULLIF(%s, '') AS DOUBLE)" % c
    if kind == 'd':
        return "CAST(NULLIF(%s, '') AS DATE)" % c
    return "COALESCE(%s, '')" % c


def norm_result(col, kind):
    c = '"%s"' % col
    if kind == 't':
        return "epoch(%s)::BIGINT" % c
    if kind == 'n':
        return "CAST(ROUND(CAST(%s AS DOUBLE), 2) AS DECIMAL(18, 2))" % c
    if kind == 'v':
        return "CAST(%s AS DOUBLE)" % c
    if kind == 'd':
        return "CAST(%s AS DATE)" % c
    return "COALESCE(CAST(%s AS VARCHAR), '')" % c


def cmd_compare(a):
    import duckdb
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    cols = COMPARED[a.kind]
    eng = a.engine.replace("'", "''")
    con.execute("CREATE VIEW engine_raw AS SELECT * FROM read_csv('%s', all_varchar = true, header = true)" % eng)
    ecols = [r[0] for r in con.execute("DESCRIBE engine_raw").fetchall()]
    missing = [c for c, _, _ in cols if c not in ecols]
    if missing:
        die('engine output %s has no column(s) %s' % (a.engine, ', '.join(missing)))
    names = ', '.join('"%s"' % c for c, _, _ in cols)
    con.execute("CREATE TABLE engine AS SELECT %s FROM engine_raw" % ', '.join(
        '%s AS "%s"' % (norm_engine(c, k), c) for c, _, k in cols))
    n = con.execute("SELECT count(*) FROM engine").fetchone()[0]
    bad = False
    summary = []
    for path in a.results:
        label = os.path.basename(path.rstrip('/'))
        p = path.replace("'", "''")
        target = os.path.join(p, '*.parquet') if os.path.isdir(path) else p
        con.execute("CREATE OR REPLACE VIEW result_raw AS SELECT * FROM read_parquet('%s')" % target)
        rcols = [r[0] for r in con.execute("DESCRIBE result_raw").fetchall()]
        # The SQL names `end` end_kind (END is reserved in Trino); the engine's own Parquet tables keep `end`.
        use = [(c, r if r in rcols else c, k) for c, r, k in cols]
        missing = [r for _, r, _ in use if r not in rcols]
        if missing:
            print('FAIL: %s has no column(s) %s' % (label, ', '.join(missing)))
            bad = True
            continue
        con.execute("CREATE OR REPLACE TABLE result AS SELECT %s FROM result_raw" % ', '.join(
            '%s AS "%s"' % (norm_result(r, k), c) for c, r, k in use))
        m = con.execute("SELECT count(*) FROM result").fetchone()[0]
        only_e = con.execute("SELECT * FROM (SELECT * FROM engine EXCEPT ALL SELECT * FROM result) ORDER BY ALL").fetchall()
        only_r = con.execute("SELECT * FROM (SELECT * FROM result EXCEPT ALL SELECT * FROM engine) ORDER BY ALL").fetchall()
        if only_e or only_r:
            bad = True
            print('FAIL: %s: engine has %d rows, %s has %d rows; %d only in the engine, %d only in %s'
                  % (a.kind, n, label, m, len(only_e), len(only_r), label))
            print('  columns: ' + names)
            for who, rows in (('engine', only_e), (label, only_r)):
                for r in rows[:8]:
                    print('  only in %s: %s' % (who, r))
        else:
            summary.append(label)
    if bad:
        sys.exit(1)
    print('%d rows x %d columns (%s) identical in %s' % (n, len(cols), ', '.join(c for c, _, _ in cols),
                                                          ', '.join(summary)))


# ------------------------------------------------------------------------------------------------ types

# What each column must be, by name, as the writer types them (Sources/TimelineKit/Export/Parquet/ParquetTable.swift):
# times are TIMESTAMP(MICROS, UTC) with the text beside as NAME_text; `date` a DATE; seq INT64; the numeric
# columns DOUBLE; everything else a UTF-8 string. recorded_date is the lake's Hive partition (inferred by readers).
TIME_COLUMNS = {'at', 'known_at', 'effective', 'until', 'recorded', 'last_stated', 'end_at', 'period_start', 'as_of'}
INT_COLUMNS = {'seq'}
DOUBLE_COLUMNS = {'value', 'age_days', 'tested', 'positives'}


def expected_kind(name):
    if name in TIME_COLUMNS:
        return 'timestamp'
    if name == 'date':
        return 'date'
    if name in INT_COLUMNS:
        return 'int64'
    if name in DOUBLE_COLUMNS:
        return 'float64'
    if name == 'recorded_date':
        return 'partition'
    return 'string'


def arrow_kind(t):
    import pyarrow as pa
    if pa.types.is_timestamp(t):
        return 'timestamp' if t.unit == 'us' and t.tz in ('UTC', '+00:00', 'Etc/UTC') else 'timestamp[%s, %s]' % (t.unit, t.tz)
    if pa.types.is_date32(t):
        return 'date'
    if pa.types.is_int64(t):
        return 'int64'
    if pa.types.is_float64(t):
        return 'float64'
    if pa.types.is_string(t) or pa.types.is_large_string(t) or (hasattr(pa.types, 'is_string_view') and pa.types.is_string_view(t)):
        return 'string'
    if pa.types.is_dictionary(t) and (pa.types.is_string(t.value_type) or pa.types.is_large_string(t.value_type)):
        return 'partition-string'
    return str(t)


def polars_kind(t):
    import polars as pl
    if isinstance(t, pl.Datetime):
        return 'timestamp' if t.time_unit == 'us' and t.time_zone in ('UTC', 'Etc/UTC', '+00:00') else str(t)
    if t == pl.Date:
        return 'date'
    if t == pl.Int64:
        return 'int64'
    if t == pl.Float64:
        return 'float64'
    if t == pl.String:
        return 'string'
    if t == pl.Categorical:
        return 'partition-string'
    return str(t)


def pandas_kind(s):
    import datetime as dt
    name = str(s.dtype)
    if name in ('datetime64[us, UTC]',):
        return 'timestamp'
    if name.startswith('datetime64'):
        return name
    if name == 'int64':
        return 'int64'
    if name == 'float64':
        return 'float64'
    if name in ('str', 'string', 'string[python]', 'string[pyarrow]'):
        return 'string'
    if name == 'category':
        return 'partition-string'
    if name == 'object':
        vals = s.dropna()
        if len(vals) == 0:
            return 'string'    # all null: nothing to see
        v = vals.iloc[0]
        if isinstance(v, str):
            return 'string'
        if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
            return 'date'
        return 'object(%s)' % type(v).__name__
    return name


def kind_ok(expected, got):
    if expected == 'partition':
        return got in ('string', 'partition-string', 'date', 'int64')
    return got == expected


def cmd_types(a):
    """Every table read by pyarrow, polars and pandas; every column of the expected type in each."""
    import pandas as pd
    import polars as pl
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq
    bad = []
    ncols = 0
    for spec in a.tables:
        name, _, path = spec.partition('=')
        if os.path.isdir(path) and not glob.glob(os.path.join(path, '*.parquet')) \
                and glob.glob(os.path.join(path, '*', '*.parquet')):
            table = ds.dataset(path, format='parquet', partitioning='hive').to_table()
            lf = pl.read_parquet(os.path.join(path, '**', '*.parquet'), hive_partitioning=True)
            pdf = pd.read_parquet(path)
        else:
            table = pq.read_table(path)
            lf = pl.read_parquet(path)
            pdf = pd.read_parquet(path)
        kinds = {}
        for f in table.schema:
            kinds.setdefault(f.name, {})['pyarrow'] = arrow_kind(f.type)
        for c, t in lf.schema.items():
            kinds.setdefault(c, {})['polars'] = polars_kind(t)
        for c in pdf.columns:
            kinds.setdefault(c, {})['pandas'] = pandas_kind(pdf[c])
        if not (table.num_rows == lf.height == len(pdf)):
            bad.append('%s: rows differ: pyarrow %d, polars %d, pandas %d' % (name, table.num_rows, lf.height, len(pdf)))
        summary = {}
        for c, by in kinds.items():
            base = c[:-5] if c.endswith('_text') else c
            exp = 'string' if c.endswith('_text') else expected_kind(c)
            for lib in ('pyarrow', 'polars', 'pandas'):
                got = by.get(lib)
                if got is None:
                    bad.append('%s.%s: %s does not read the column' % (name, c, lib))
                elif not kind_ok(exp, got):
                    bad.append('%s.%s: %s reads %s, expected %s' % (name, c, lib, got, exp))
            if c.endswith('_text') and base not in kinds:
                bad.append('%s.%s: no %s beside it' % (name, c, base))
            if exp in ('timestamp',) and (c + '_text') not in kinds:
                bad.append('%s.%s: no %s_text beside it' % (name, c, c))
            summary[exp] = summary.get(exp, 0) + 1
        ncols += len(kinds)
        print('  %-22s %9d rows, %2d columns: %s' % (name, table.num_rows, len(kinds), ', '.join(
            '%d %s' % (n, k) for k, n in sorted(summary.items()))), flush=True)
        del table, lf, pdf
    if bad:
        for b in bad:
            print('FAIL: ' + b)
        sys.exit(1)
    import pyarrow
    print('%d tables, %d columns: every column typed as expected in pyarrow %s, polars %s and pandas %s' % (
        len(a.tables), ncols, pyarrow.__version__, pl.__version__, pd.__version__))


# ------------------------------------------------------------------------------------------------ table

def fmt_s(x):
    return '%.2f s' % x if x < 10 else '%.1f s' % x


def fmt_bytes(n):
    n = float(n)
    for unit in ('B', 'KB', 'MB', 'GB'):
        if n < 1024 or unit == 'GB':
            return ('%.0f %s' % (n, unit)) if unit == 'B' else ('%.1f %s' % (n, unit))
        n /= 1024


def cmd_table(a):
    times = {}
    with open(a.times, encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) >= 5:
                times[(p[0], p[1])] = (float(p[2]), float(p[3]), int(p[4]))
    sets = []
    for (s, _) in times:
        if s not in sets:
            sets.append(s)
    lines = list(a.meta) + ['']
    for s in sets:
        out = os.path.join(a.work, s)
        pts = load_points(os.path.join(out, 'points.json'))
        q = {}
        for tool in ('duckdb', 'spark'):
            tf = os.path.join(out, tool + '.times.json')
            if os.path.exists(tf):
                with open(tf, encoding='utf-8') as f:
                    q[tool] = json.load(f)
        lines.append('### %s' % ('the real logs (events/)' if s == 'real' else 'the synthetic set'))
        lines.append('')
        lines.append('| query | rows | engine export (CSV) | DuckDB query | Spark query |')
        lines.append('| --- | --- | --- | --- | --- |')
        items = [(p['label'], 'state T=%s K=%s' % (p['at'], p['known_at'] or 'all')) for p in pts['points']]
        items += [(p['label'] + '-pruned', 'the same, partitions after %s skipped' % k_day(p)) for p in pruned(pts)]
        items += [(d['label'], 'daily %s..%s K=%s' % (d['from'], d['to'], d['known_at'] or 'all')) for d in pts['daily']]
        for label, title in items:
            e = times.get((s, 'engine ' + label))
            rows = '?'
            csvp = os.path.join(out, label.replace('-pruned', '') + '.engine.csv')
            if os.path.exists(csvp):
                with open(csvp, 'rb') as f:
                    rows = '{:,}'.format(max(0, sum(1 for _ in f) - 1))
            cells = [fmt_s(e[0]) if e else '–']
            for tool in ('duckdb', 'spark'):
                cells.append(fmt_s(q[tool][label]) if tool in q and label in q[tool] else '–')
            lines.append('| %s | %s | %s |' % (title, rows, ' | '.join(cells)))
        lines.append('')
        if 'duckdb' in q:
            pt = times.get((s, 'duckdb (process)'))
            lines.append('- DuckDB %s: the process %s wall, %s CPU, %.0f MB peak; opening the lake %s.' % (
                q['duckdb']['version'], fmt_s(pt[0]) if pt else '?', fmt_s(pt[1]) if pt else '?',
                pt[2] / 1024 if pt else 0, fmt_s(q['duckdb']['start_s'])))
        if 'spark' in q:
            pt = times.get((s, 'spark (process)'))
            lines.append('- Spark (local mode, all cores) %s: the process %s wall (the JVM\'s CPU and memory are not '
                         'counted by /usr/bin/time); starting the session and opening the lake %s.' % (
                             q['spark']['version'], fmt_s(pt[0]) if pt else '?', fmt_s(q['spark']['start_s'])))
        exports = [(k[1], v) for k, v in times.items() if k[0] == s and k[1].startswith('export')]
        if exports:
            lines.append('- engine exports: ' + '; '.join('%s %s' % (n, fmt_s(v[0])) for n, v in exports) + '.')
        lines.append('')
        if os.path.exists(a.sizes):
            lines.append('| file | size |')
            lines.append('| --- | --- |')
            with open(a.sizes, encoding='utf-8') as f:
                for line in f:
                    p = line.rstrip('\n').split('\t')
                    if len(p) == 3 and p[0] == s:
                        lines.append('| %s | %s |' % (p[1], fmt_bytes(p[2])))
            lines.append('')
    lines.append('Query times are inside one process per tool (DuckDB: in-process; Spark: local mode with all cores, '
                 'the session started once), each query reading the events from the files and writing its rows to '
                 'Parquet. Engine times: one `timeline export` process each, with its cache next to the logs.')
    print('\n'.join(lines))


def main():
    import argparse
    ap = argparse.ArgumentParser(prog='check_parquet.py')
    sub = ap.add_subparsers(dest='cmd', required=True)
    p = sub.add_parser('points')
    p.add_argument('--events', required=True)
    p.add_argument('--source', choices=('jsonl', 'parquet'), required=True)
    p.add_argument('--days', type=int, default=365)
    p.add_argument('--set', choices=('real', 'synthetic'), default='synthetic')
    for name in ('jobs', 'engine-args', 'labels', 'describe'):
        p = sub.add_parser(name)
        p.add_argument('points')
    p = sub.add_parser('retraction-check')
    p.add_argument('points')
    p.add_argument('out')
    p = sub.add_parser('run')
    p.add_argument('tool', choices=('duckdb', 'spark'))
    p.add_argument('--events', required=True)
    p.add_argument('--source', choices=('jsonl', 'parquet'), required=True)
    p.add_argument('--jobs', required=True)
    p.add_argument('--out', required=True)
    p = sub.add_parser('compare')
    p.add_argument('kind', choices=('state', 'daily'))
    p.add_argument('engine')
    p.add_argument('results', nargs='+')
    p = sub.add_parser('types')
    p.add_argument('tables', nargs='+', help='NAME=PATH (a file, or the lake directory)')
    p = sub.add_parser('table')
    p.add_argument('--times', required=True)
    p.add_argument('--sizes', required=True)
    p.add_argument('--work', required=True)
    p.add_argument('--meta', action='append', default=[])
    p = sub.add_parser('sql')
    p.add_argument('--job', required=True, help='one job as JSON')
    a = ap.parse_args()
    if a.cmd == 'points':
        cmd_points(a)
    elif a.cmd == 'run':
        cmd_run(a)
    elif a.cmd == 'compare':
        cmd_compare(a)
    elif a.cmd == 'jobs':
        cmd_jobs(a)
    elif a.cmd == 'engine-args':
        cmd_engine_args(a)
    elif a.cmd == 'labels':
        cmd_labels(a)
    elif a.cmd == 'describe':
        cmd_describe(a)
    elif a.cmd == 'retraction-check':
        cmd_retraction_check(a)
    elif a.cmd == 'types':
        cmd_types(a)
    elif a.cmd == 'table':
        cmd_table(a)
    elif a.cmd == 'sql':
        print(job_sql(json.loads(a.job)))


if __name__ == '__main__':
    main()
